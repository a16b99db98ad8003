package io.kervan.integrations.application;

/**
 * How a webhook delivery ended, for the answer and the webhook log.
 *
 * @param result  {@code processed}, {@code duplicate} (seen before, not acted on again) or {@code ignored} (nothing
 *                for Kervan to do)
 * @param eventId the event's id, or the key it was deduplicated by
 */
public record WebhookReceipt(String result, String eventId, String eventType) {

    public static final String PROCESSED = "processed";
    public static final String DUPLICATE = "duplicate";
    public static final String IGNORED = "ignored";
}
