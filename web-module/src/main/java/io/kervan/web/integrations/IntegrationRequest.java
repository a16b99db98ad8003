package io.kervan.web.integrations;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * {@code POST /api/integrations/} and {@code PATCH /api/integrations/{id}/}, with the fields of the payment-flow
 * document. It carries secrets, so it never prints them.
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

    @Override
    public String toString() {
        return "IntegrationRequest[provider_type=" + providerType + ", name=" + name + ", status=" + status
                + ", secrets withheld]";
    }
}
