package io.kervan.integrations.application;

import io.kervan.integrations.domain.IntegrationError;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.WebhookEvents;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The checks every {@link WebhookReceiver} makes, in its transaction: the integration is the shop's and of the
 * provider the path names, the source address is in its {@code webhook_allowed_ips} (when set), and an event is acted
 * on only the first time it arrives.
 */
@ApplicationScoped
public class WebhookGate {

    @Inject
    IntegrationRegistry integrations;

    @Inject
    TenantContext tenantContext;

    @Inject
    WebhookEvents events;

    public ProviderAccount account(ProviderType type, UUID integrationId, String sourceAddress) {
        return account(type, integrationId, sourceAddress, Set.of());
    }

    /**
     * As {@link #account(ProviderType, UUID, String)}, with the addresses the provider publishes for its webhooks
     * allowed beside the integration's own; when either list has an address, the source must be in one of them.
     */
    public ProviderAccount account(ProviderType type, UUID integrationId, String sourceAddress,
                                   Set<String> providerSources) {
        ProviderAccount account = integrations.account(integrationId)
                .filter(a -> a.providerType() == type)
                .orElseThrow(() -> new KervanException(IntegrationError.INTEGRATION_NOT_FOUND,
                        "This shop has no " + type.code() + " integration " + integrationId));
        Set<String> addresses = new HashSet<>(providerSources);
        if (account.config().get("webhook_allowed_ips") instanceof List<?> own) {
            own.forEach(a -> addresses.add(String.valueOf(a).strip()));
        }
        if (!addresses.isEmpty() && !addresses.contains(sourceAddress)) {
            throw new KervanException(IntegrationError.WEBHOOK_SOURCE_NOT_ALLOWED,
                    "Webhooks for this integration are not accepted from " + sourceAddress);
        }
        return account;
    }

    /** The shop's integration of {@code type} in use now (for a provider's one webhook address per shop). */
    public UUID integrationOf(ProviderType type) {
        return integrations.accountFor(type).map(ProviderAccount::integrationId)
                .orElseThrow(() -> new KervanException(IntegrationError.INTEGRATION_NOT_FOUND,
                        "This shop has no " + type.code() + " integration in test mode or active"));
    }

    /** Records the event as seen; false when it was seen before (then it must not be acted on again). */
    public boolean firstTime(ProviderType type, String eventId) {
        return events.firstTime(tenantContext.require().id(), type, eventId);
    }
}
