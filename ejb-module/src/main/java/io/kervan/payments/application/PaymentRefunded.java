package io.kervan.payments.application;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.Money;

import java.util.UUID;

/**
 * The provider gave {@code amount} back on a payment: fired once per refund, inside the transaction that settles it
 * as succeeded, so observers (escrow) record it in the same commit.
 */
public record PaymentRefunded(UUID paymentId, UUID orderId, String refundNumber, Money amount, Actor actor) {
}
