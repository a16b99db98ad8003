package io.kervan.integrations.application;

import io.kervan.integrations.domain.ProviderType;

import java.util.Map;
import java.util.UUID;

/**
 * Takes in a provider's webhook for one of the shop's integrations, for {@code POST /api/webhooks/{provider}/{id}/}.
 * Each capability that hears from providers contributes one for its provider types (payments for its gateways, eSIM
 * for eSIM Go's usage callbacks), like {@link CredentialTester}. It checks the delivery with {@link WebhookGate}
 * (integration, source, event not seen before), verifies the signature and acts, all in one transaction; a refused
 * delivery is a {@link io.kervan.shared.domain.KervanException} and changes nothing.
 */
public interface WebhookReceiver {

    boolean handles(ProviderType type);

    /** @param headers the request's headers, names lower-cased */
    WebhookReceipt receive(ProviderType type, UUID integrationId, String payload, Map<String, String> headers,
                           String sourceAddress);
}
