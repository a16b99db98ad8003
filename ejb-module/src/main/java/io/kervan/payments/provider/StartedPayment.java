package io.kervan.payments.provider;

/**
 * The provider's reference for a payment and how the shopper goes on: to a page at {@code paymentUrl}, or, for
 * providers that answer with a page of their own (a bank's 3-D Secure form that submits itself), {@code html} that
 * Kervan writes to the shopper's browser as it is. One of the two is set.
 */
public record StartedPayment(String transactionId, String paymentUrl, String html) {

    public StartedPayment(String transactionId, String paymentUrl) {
        this(transactionId, paymentUrl, null);
    }

    public static StartedPayment render(String transactionId, String html) {
        return new StartedPayment(transactionId, null, html);
    }
}
