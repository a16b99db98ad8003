package io.kervan.orders.domain;

import io.kervan.shared.domain.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One order as a list shows it, read in the list's own query (the item count included) without loading the order
 * or its lines: a page of a hundred thousand orders costs one query, not one per row.
 */
public record OrderRow(UUID id, String orderNumber, OrderStatus status, PaymentStatus paymentStatus,
                       BigDecimal totalAmount, String currency, Instant createdAt, String customerEmail,
                       String customerFirstName, String customerLastName, Long itemCount) {

    public Money total() {
        return Money.of(totalAmount, currency);
    }
}
