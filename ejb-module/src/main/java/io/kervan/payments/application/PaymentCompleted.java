package io.kervan.payments.application;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.Money;

import java.util.UUID;

/**
 * A payment has just been confirmed by its provider: fired once per payment, inside the transaction that records it
 * (and marks its order paid), so observers (escrow) do their part in it, or not at all.
 */
public record PaymentCompleted(UUID paymentId, UUID orderId, Money amount, Actor actor) {
}
