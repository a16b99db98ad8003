package io.kervan.integrations.domain;

import java.util.UUID;

/**
 * The circuit breaker and bulkhead that each integration's provider calls go through. An integration whose endpoint or
 * keys change starts afresh, since its earlier failures say nothing about the new settings.
 */
public interface CallGuards {

    /** Starts the integration afresh: a closed breaker, nothing counted. */
    void forget(UUID integrationId);
}
