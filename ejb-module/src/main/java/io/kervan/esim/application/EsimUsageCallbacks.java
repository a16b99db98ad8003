package io.kervan.esim.application;

import io.kervan.esim.domain.Esims;
import io.kervan.esim.domain.UsageCallback;
import io.kervan.esim.provider.EsimProvider;
import io.kervan.integrations.application.WebhookGate;
import io.kervan.integrations.application.WebhookReceipt;
import io.kervan.integrations.application.WebhookReceiver;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * eSIM Go's usage callbacks, at {@code POST /api/webhooks/esimgo/{integration_id}/} on the shop's address: the
 * adapter checks the signature on the raw body before anything is read ({@link EsimProvider#readCallback}); a report
 * already taken (same eSIM, alert, bundle and data left) is a
 * {@code duplicate}; an alert with no bundle, or about an eSIM (or a bundle on it) the shop did not sell, is
 * {@code ignored}.
 */
@Stateless
public class EsimUsageCallbacks implements WebhookReceiver {

    @Inject
    WebhookGate gate;

    @Inject
    Esims esims;

    @Inject
    EsimProvider provider;

    @Override
    public boolean handles(ProviderType type) {
        return type == ProviderType.ESIMGO;
    }

    @Override
    public WebhookReceipt receive(ProviderType type, UUID integrationId, String payload, Map<String, String> headers,
                                  String sourceAddress) {
        ProviderAccount account = gate.account(type, integrationId, sourceAddress);
        UsageCallback callback = provider.readCallback(payload, headers, account);
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
