package io.kervan.integrations.application;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.Integration;
import io.kervan.integrations.domain.IntegrationSecret;
import io.kervan.integrations.domain.Secret;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An integration as staff see it. Credentials appear only masked, per mode, as {@link Secret#masked()} shows them:
 * {@code {"test": {"api_key": "••••1234"}, "live": {...}}}.
 */
public record IntegrationView(UUID id, String providerType, String name, String description, String status,
                              String apiEndpoint, String testEndpoint, Map<String, Object> config,
                              Map<String, Map<String, String>> credentials, Instant lastTestAt, Boolean lastTestOk,
                              String lastTestMessage, Instant createdAt, Instant updatedAt) {

    static IntegrationView of(Integration i, List<IntegrationSecret> secrets, Map<String, Object> config) {
        Map<String, Map<String, String>> masked = new TreeMap<>();
        for (CredentialMode mode : CredentialMode.values()) {
            masked.put(mode.name().toLowerCase(Locale.ROOT), new TreeMap<>());
        }
        for (IntegrationSecret s : secrets) {
            masked.get(s.mode().name().toLowerCase(Locale.ROOT)).put(s.name(), Secret.masked(s.last4()));
        }
        return new IntegrationView(i.id(), i.providerType().code(), i.name(), i.description(), i.status().code(),
                i.apiEndpoint(), i.testEndpoint(), config, masked, i.lastTestAt(), i.lastTestOk(),
                i.lastTestMessage(), i.createdAt(), i.updatedAt());
    }
}
