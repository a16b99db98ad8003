package io.kervan.payments.application;

import io.kervan.payments.domain.Payment;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment as the API shows it; amounts are decimal strings: {@code refunded_amount} is everything given back so far,
 * {@code refundable_amount} what can still be refunded (a refund under way already counts against it);
 * {@code installment_count} how many monthly payments the card pays in (1: at once) and {@code charged_amount} what
 * it is charged in all (more than {@code amount} when the installments carry interest).
 */
public record PaymentView(UUID id, String paymentNumber, UUID orderId, String provider, String status, String amount,
                          String refundedAmount, String refundableAmount, String currency, int installmentCount,
                          String chargedAmount, String transactionId, String failureReason, Instant paidAt,
                          Instant createdAt) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.id(), p.paymentNumber(), p.orderId(), p.providerType().code(), p.status().code(),
                p.amount().toPlainString(), p.refundedAmount().toPlainString(), p.refundable().toPlainString(),
                p.amount().currency(), p.installmentCount(), p.charged().toPlainString(), p.transactionId(),
                p.failureReason(), p.paidAt(), p.createdAt());
    }
}
