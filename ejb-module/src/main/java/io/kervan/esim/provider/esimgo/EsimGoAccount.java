package io.kervan.esim.provider.esimgo;

import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;

import java.util.Objects;
import java.util.UUID;

/**
 * A shop's eSIM Go organisation as calls use it: the shop's integration (whose calls share a circuit breaker and a
 * bulkhead), the API root with its version ({@code https://api.esim-go.com/v2.4}, a UAT account's or a simulator's in
 * test mode) and the organisation's API key, sent as {@code X-API-Key}.
 */
public record EsimGoAccount(UUID integrationId, String baseUrl, Secret apiKey) {

    /** The integration's credential that holds the organisation's API key. */
    public static final String API_KEY = "api_key";

    public static final String PRODUCTION = "https://api.esim-go.com/v2.4";

    /** The integration's key of its current mode ({@code api_key}); the caller made sure there is one. */
    static EsimGoAccount of(ProviderAccount account) {
        return new EsimGoAccount(account.integrationId(), account.endpoint(), account.credentials().get(API_KEY));
    }

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
