package io.kervan.payments.application;

/**
 * A payment and where the shopper goes on: a page at {@code paymentUrl}, or the provider's own {@code html} to write
 * out to their browser as it is.
 */
public record StartedPaymentView(PaymentView payment, String paymentUrl, String transactionId, String html) {
}
