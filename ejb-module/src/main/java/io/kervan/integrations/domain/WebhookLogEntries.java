package io.kervan.integrations.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current shop's log of webhook deliveries. */
public interface WebhookLogEntries {

    void add(WebhookLogEntry entry);

    /** The integration's latest {@code limit} deliveries, newest first. */
    List<WebhookLogEntry> recent(UUID integrationId, int limit);

    /** Platform housekeeping: forgets every shop's deliveries received before {@code cutoff}. */
    void purgeReceivedBeforeAcrossTenants(Instant cutoff);
}
