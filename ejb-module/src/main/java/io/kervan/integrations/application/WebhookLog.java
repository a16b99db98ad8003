package io.kervan.integrations.application;

import io.kervan.integrations.domain.WebhookLogEntries;
import io.kervan.integrations.domain.WebhookLogEntry;
import io.kervan.shared.domain.Digests;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The log of every webhook delivery. Entries are written in their own transaction, so a delivery that is refused or
 * fails is logged all the same; entries older than 30 days are purged daily. An entry keeps the headers that carry no
 * credential (a signature shortened) and the body's SHA-256, never the body.
 */
@Stateless
public class WebhookLog {

    public static final Duration RETENTION = Duration.ofDays(30);

    /** Headers kept in the log, never ones that carry credentials; the signature is shortened. */
    private static final Set<String> LOGGED_HEADERS = Set.of("content-type", "user-agent", "stripe-signature",
            "x-signature-sha256", "x-paynet-signature", "x-paynet-event", "content-length");

    public record View(UUID id, UUID integrationId, String provider, String eventId, String eventType,
                       String sourceAddress, String headers, String bodySha256, String outcome, int httpStatus,
                       int durationMs, Instant receivedAt) {
    }

    @Inject
    WebhookLogEntries entries;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(WebhookDelivery delivery) {
        entries.add(new WebhookLogEntry(delivery.integrationId(), delivery.provider(), delivery.eventId(),
                delivery.eventType(), delivery.sourceAddress(), loggable(delivery.headers()),
                Digests.sha256Hex(delivery.body()), delivery.outcome(), delivery.httpStatus(), delivery.durationMs(),
                delivery.receivedAt()));
    }

    public List<View> recent(UUID integrationId, int limit) {
        return entries.recent(integrationId, limit).stream().map(WebhookLog::view).toList();
    }

    /**
     * The newest deliveries, at most {@code limit}, of one integration (null: all of the shop's), refused or failed
     * only ({@code failed} true: answered with a 4xx or 5xx), answered ones only (false) or both (null), received in
     * {@code [from, to)} (either may be null).
     */
    public List<View> search(UUID integrationId, Boolean failed, Instant from, Instant to, int limit) {
        return entries.search(integrationId, failed, from, to, limit).stream().map(WebhookLog::view).toList();
    }

    private static View view(WebhookLogEntry e) {
        return new View(e.id(), e.integrationId(), e.provider(), e.eventId(), e.eventType(), e.sourceAddress(),
                e.headers(), e.bodySha256(), e.outcome(), e.httpStatus(), e.durationMs(), e.receivedAt());
    }

    /** How many deliveries since {@code since} were refused or failed (answered with a 4xx or 5xx). */
    public long countFailedSince(Instant since) {
        return entries.countFailedSince(since);
    }

    /** Platform housekeeping across all shops. */
    @Schedule(hour = "3", minute = "17", persistent = false, info = "kervan-webhook-log-retention")
    public void purgeExpiredAcrossTenants() {
        entries.purgeReceivedBeforeAcrossTenants(Instant.now().minus(RETENTION));
    }

    private static String loggable(Map<String, String> headers) {
        Map<String, String> kept = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (LOGGED_HEADERS.contains(name)) {
                kept.put(name, name.contains("signature") && value.length() > 24 ? value.substring(0, 24) + "…"
                        : value);
            }
        });
        return kept.toString();
    }
}
