package io.kervan.integrations.domain;

import java.util.UUID;

/** The webhook events a shop has taken, by provider and event id, so that a repeated delivery is acted on once. */
public interface WebhookEvents {

    /** Records the event as seen; false when it was seen before (then it must not be acted on again). */
    boolean firstTime(UUID tenantId, ProviderType type, String eventId);
}
