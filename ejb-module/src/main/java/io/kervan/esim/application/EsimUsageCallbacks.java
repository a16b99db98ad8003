package io.kervan.esim.application;

import io.kervan.esim.domain.EsimError;
import io.kervan.esim.domain.Esims;
import io.kervan.esim.domain.UsageCallback;
import io.kervan.esim.infrastructure.EsimGoCallbacks;
import io.kervan.esim.infrastructure.EsimGoSignature;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.application.WebhookGate;
import io.kervan.integrations.application.WebhookReceipt;
import io.kervan.integrations.application.WebhookReceiver;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * eSIM Go's usage callbacks, at {@code POST /api/webhooks/esimgo/{integration_id}/} on the shop's address: the
 * signature ({@code X-Signature-SHA256}, keyed with the integration's API key of its current mode) is checked on the
 * raw body before anything is read; a report already taken (same eSIM, alert, bundle and data left) is a
 * {@code duplicate}; an alert with no bundle, or about an eSIM (or a bundle on it) the shop did not sell, is
 * {@code ignored}.
 */
@Stateless
public class EsimUsageCallbacks implements WebhookReceiver {

    @Inject
    WebhookGate gate;

    @Inject
    Esims esims;

    @Override
    public boolean handles(ProviderType type) {
        return type == ProviderType.ESIMGO;
    }

    @Override
    public WebhookReceipt receive(ProviderType type, UUID integrationId, String payload, Map<String, String> headers,
                                  String sourceAddress) {
        ProviderAccount account = gate.account(type, integrationId, sourceAddress);
        Secret apiKey = account.credentials().get("api_key");
        String signature = headers.get(EsimGoSignature.HEADER.toLowerCase(Locale.ROOT));
        if (apiKey == null || !EsimGoSignature.verifies(payload.getBytes(StandardCharsets.UTF_8), signature, apiKey)) {
            throw new KervanException(EsimError.INVALID_CALLBACK, signature == null
                    ? "The callback has no " + EsimGoSignature.HEADER + " header"
                    : EsimGoSignature.HEADER + " is not the HMAC-SHA256 of the body with this integration's API key");
        }
        UsageCallback callback = EsimGoCallbacks.read(payload);
        String key = callback.deduplicationKey();
        if (!gate.firstTime(type, key)) {
            return new WebhookReceipt(WebhookReceipt.DUPLICATE, key, callback.alertType());
        }
        UsageCallback.BundleUsage bundle = callback.bundle();
        boolean recorded = bundle != null && esims.lockByIccid(callback.iccid())
                .filter(esim -> esim.bundleName().equals(bundle.name())).map(esim -> {
            esim.usageCalledBack(bundle.initialBytes(), bundle.remainingBytes(), bundle.unlimited(), Instant.now());
            return true;
        }).orElse(false);
        return new WebhookReceipt(recorded ? WebhookReceipt.PROCESSED : WebhookReceipt.IGNORED, key,
                callback.alertType());
    }
}
