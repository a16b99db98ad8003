package io.kervan.esim.domain;

import io.kervan.integrations.domain.Secret;

import java.util.Objects;
import java.util.UUID;

/**
 * A shop's eSIM Go organisation as calls use it: the shop's integration (whose calls share a circuit breaker and a
 * bulkhead), the API root with its version ({@code https://api.esim-go.com/v2.4}, a UAT account's or a simulator's in
 * test mode) and the organisation's API key, sent as {@code X-API-Key}.
 */
public record EsimGoAccount(UUID integrationId, String baseUrl, Secret apiKey) {

    public static final String PRODUCTION = "https://api.esim-go.com/v2.4";

    public EsimGoAccount {
        Objects.requireNonNull(integrationId, "integrationId");
        Objects.requireNonNull(apiKey, "apiKey");
        baseUrl = baseUrl == null || baseUrl.isBlank() ? PRODUCTION : baseUrl.strip().replaceAll("/+$", "");
    }

    @Override
    public String toString() {
        return "EsimGoAccount[" + integrationId + ", " + baseUrl + ", key " + apiKey + "]";
    }
}
