package io.kervan.payments.provider;

/** The provider's reference for a payment and the page the shopper pays on. */
public record StartedPayment(String transactionId, String paymentUrl) {
}
