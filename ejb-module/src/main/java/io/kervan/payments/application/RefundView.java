package io.kervan.payments.application;

import io.kervan.payments.domain.Refund;

import java.time.Instant;
import java.util.UUID;

/**
 * A refund as the API shows it: this refund's own amount (a decimal string), where it stands ({@code requested},
 * {@code pending} (the provider reviews it and decides later), {@code succeeded}, {@code failed}) and who asked for
 * it, by account id and by the name they had then.
 */
public record RefundView(UUID id, String refundNumber, UUID paymentId, String status, String amount, String currency,
                         String reason, String providerReference, String failureReason, String actor,
                         String actorKind, UUID actorId, String actorName, Instant createdAt, Instant settledAt) {

    public static final String PENDING = Refund.Status.PENDING.code();

    static RefundView of(Refund r) {
        return new RefundView(r.id(), r.refundNumber(), r.paymentId(), r.status().code(), r.amount().toPlainString(),
                r.amount().currency(), r.reason(), r.providerReference(), r.failureReason(), r.actor().label(),
                r.actor().kind().code(), r.actor().id(), r.actor().name(), r.createdAt(), r.settledAt());
    }
}
