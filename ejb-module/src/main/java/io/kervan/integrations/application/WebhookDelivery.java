package io.kervan.integrations.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One webhook delivery as the API received it and how it ended, for {@link WebhookLog}.
 *
 * @param headers    every header, names in lower case; the log keeps only those that carry no credential
 * @param body       the raw body; the log keeps its SHA-256
 * @param outcome    the receipt's result, or the error code that ended it
 * @param httpStatus what the API answered
 */
public record WebhookDelivery(UUID integrationId, String provider, String eventId, String eventType,
                              String sourceAddress, Map<String, String> headers, String body, String outcome,
                              int httpStatus, int durationMs, Instant receivedAt) {
}
