package io.kervan.payments.application;

/** A new payment and where the shopper pays it. */
public record StartedPaymentView(PaymentView payment, String paymentUrl, String transactionId) {
}
