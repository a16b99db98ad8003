package io.kervan.integrations.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A shop's account at a provider, ready for calls, in Kervan's own terms: every provider contract (payments, eSIM,
 * Telegram) takes one. It is the integration in the mode it runs in now: that mode's endpoint (null for the
 * provider's default), that mode's credentials opened, and the integration's {@code config}. Its calls share the
 * integration's circuit breaker and bulkhead.
 */
public record ProviderAccount(UUID integrationId, ProviderType providerType, CredentialMode mode, String endpoint,
                              Map<String, Secret> credentials, Map<String, Object> config) {

    @Override
    public String toString() {
        return "ProviderAccount[" + integrationId + ", " + providerType.code() + ", " + mode + ", " + endpoint
                + ", credentials withheld]";
    }
}
