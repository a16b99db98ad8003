package io.kervan.payments.provider;

/**
 * A provider's event, verified and reduced to what Kervan acts on.
 *
 * @param transactionId  the payment it concerns (the provider's reference), or null
 * @param paymentSettled whether the event says the payment may now be settled (Kervan still asks the provider)
 * @param refundReviewed whether the event says the provider decided a refund it was reviewing (Kervan still asks)
 */
public record WebhookEvent(String eventId, String type, String transactionId, boolean paymentSettled,
                           boolean refundReviewed) {

    public WebhookEvent(String eventId, String type, String transactionId, boolean paymentSettled) {
        this(eventId, type, transactionId, paymentSettled, false);
    }
}
