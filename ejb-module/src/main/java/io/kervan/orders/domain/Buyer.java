package io.kervan.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/**
 * Who ordered: a signed-in customer ({@code customerId}) or a guest known only by email; for a customer who signs in
 * with Telegram, also their Telegram account as it was when they ordered.
 */
@Embeddable
public record Buyer(
        @Column(name = "customer_id") UUID customerId,
        @Column(name = "customer_email") String email,
        @Column(name = "customer_first_name") String firstName,
        @Column(name = "customer_last_name") String lastName,
        @Column(name = "customer_phone") String phone,
        @Column(name = "telegram_user_id") Long telegramUserId,
        @Column(name = "telegram_username") String telegramUsername) {
}
