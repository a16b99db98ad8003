package io.kervan.integrations.application;

import io.kervan.integrations.domain.IntegrationStatus;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;

import java.util.Map;

/**
 * A new integration, or changes to one (null leaves a field as it is). {@code secrets} are credentials by name
 * ({@code api_key}, {@code api_secret}, {@code webhook_secret}, …); they go to the live set when the integration is
 * (or becomes) active, to the test set otherwise.
 */
public record IntegrationChanges(ProviderType providerType, String name, String description, IntegrationStatus status,
                                 String apiEndpoint, String testEndpoint, Map<String, Object> config,
                                 Map<String, Secret> secrets) {
}
