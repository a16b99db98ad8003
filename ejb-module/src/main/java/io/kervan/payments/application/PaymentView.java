package io.kervan.payments.application;

import io.kervan.payments.domain.Payment;

import java.time.Instant;
import java.util.UUID;

/** A payment as the API shows it; the amount is a decimal string. */
public record PaymentView(UUID id, String paymentNumber, UUID orderId, String provider, String status, String amount,
                          String refundedAmount, String currency, String transactionId, String failureReason,
                          Instant paidAt, Instant createdAt) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.id(), p.paymentNumber(), p.orderId(), p.providerType().code(), p.status().code(),
                p.amount().toPlainString(), p.refundedAmount().toPlainString(), p.amount().currency(), p.transactionId(), p.failureReason(), p.paidAt(),
                p.createdAt());
    }
}
