package io.kervan.integrations.application;

import io.kervan.integrations.domain.ProviderType;

/**
 * Tries a connected account's keys against its provider without moving money or buying anything. Each capability
 * that talks to providers contributes one (a CDI bean): payments for its gateways, eSIM for eSIM Go.
 * {@link ConnectionTest} asks the one that covers the integration's provider type.
 */
public interface ConnectionProbe {

    boolean covers(ProviderType type);

    /** A provider that refuses or does not answer is a failed check with a message a person can act on. */
    CredentialCheck check(ConnectedAccount account);
}
