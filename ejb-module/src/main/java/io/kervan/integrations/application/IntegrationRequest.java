package io.kervan.integrations.application;

import io.kervan.integrations.domain.IntegrationStatus;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/integrations/} and {@code PATCH /api/integrations/{id}/}, with the fields of the payment-flow
 * document, and the admin panel's integration forms, checked by the same constraints. It carries secrets, so it never
 * prints them.
 */
public record IntegrationRequest(
        @Pattern(regexp = "stripe|kuveyt|sandbox|iyzico|paynet|esimgo|telegram",
                message = "provider_type must be one of stripe, kuveyt, sandbox, iyzico, paynet, esimgo, telegram")
        String providerType,
        @Size(min = 1, max = 120, message = "name is 1 to 120 characters") String name,
        @Size(max = 500, message = "description is at most 500 characters") String description,
        @Pattern(regexp = "test_mode|active|inactive", message = "status must be test_mode, active or inactive")
        String status,
        @Size(min = 4, max = 500, message = "api_key is 4 to 500 characters") String apiKey,
        @Size(min = 4, max = 500, message = "api_secret is 4 to 500 characters") String apiSecret,
        @Size(min = 4, max = 500, message = "webhook_secret is 4 to 500 characters") String webhookSecret,
        @Pattern(regexp = "https?://[^\\s]{1,490}", message = "api_endpoint must be an http(s) address")
        String apiEndpoint,
        @Pattern(regexp = "https?://[^\\s]{1,490}", message = "test_endpoint must be an http(s) address")
        String testEndpoint,
        @Size(max = 30, message = "config holds at most 30 settings") Map<String, Object> config) {

    /** The changes this asks for, once its constraints hold; an absent secret (null) is left as it is. */
    public IntegrationChanges changes() {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        put(secrets, "api_key", apiKey);
        put(secrets, "api_secret", apiSecret);
        put(secrets, "webhook_secret", webhookSecret);
        return new IntegrationChanges(
                providerType == null ? null : ProviderType.valueOf(providerType.toUpperCase(Locale.ROOT)),
                name, description, status == null ? null : IntegrationStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                apiEndpoint, testEndpoint, config, secrets);
    }

    private static void put(Map<String, Secret> secrets, String name, String value) {
        if (value != null) {
            secrets.put(name, Secret.of(value));
        }
    }

    @Override
    public String toString() {
        return "IntegrationRequest[provider_type=" + providerType + ", name=" + name + ", status=" + status
                + ", secrets withheld]";
    }
}
