package io.kervan.payments.provider;

import java.util.Map;

/**
 * The provider's reference for a payment and how the shopper goes on: to a page at {@code paymentUrl}, or, for
 * providers that answer with a page of their own (a bank's 3-D Secure form that submits itself), {@code html} that
 * Kervan writes to the shopper's browser as it is. One of the two is set. {@code references} are the provider's
 * identifiers of the opened payment (PAYNET's 3-D Secure {@code session_id}) that Kervan keeps with the payment and
 * hands back to {@link PaymentProvider#finish}, so that a callback can be matched against what Kervan itself opened.
 */
public record StartedPayment(String transactionId, String paymentUrl, String html, Map<String, String> references) {

    public StartedPayment {
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    public StartedPayment(String transactionId, String paymentUrl, String html) {
        this(transactionId, paymentUrl, html, Map.of());
    }

    public StartedPayment(String transactionId, String paymentUrl) {
        this(transactionId, paymentUrl, null);
    }

    public static StartedPayment render(String transactionId, String html) {
        return new StartedPayment(transactionId, null, html);
    }
}
