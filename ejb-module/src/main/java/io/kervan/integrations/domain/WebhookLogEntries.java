package io.kervan.integrations.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current shop's log of webhook deliveries. */
public interface WebhookLogEntries {

    void add(WebhookLogEntry entry);

    /** The integration's latest {@code limit} deliveries, newest first. */
    List<WebhookLogEntry> recent(UUID integrationId, int limit);

    /**
     * The newest {@code limit} deliveries of one integration (null: every one of the shop's), failed only
     * ({@code failed} true: answered 4xx or 5xx), answered only (false) or both (null), received in {@code [from, to)}.
     */
    List<WebhookLogEntry> search(UUID integrationId, Boolean failed, Instant from, Instant to, int limit);

    /** How many deliveries since {@code since} were answered with a 4xx or 5xx. */
    long countFailedSince(Instant since);

    /** Platform housekeeping: forgets every shop's deliveries received before {@code cutoff}. */
    void purgeReceivedBeforeAcrossTenants(Instant cutoff);
}
