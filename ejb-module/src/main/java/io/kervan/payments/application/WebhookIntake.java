package io.kervan.payments.application;

import io.kervan.integrations.application.ConnectedAccount;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.IntegrationError;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.domain.PaymentError;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.payments.provider.ProviderAccount;
import io.kervan.payments.provider.WebhookEvent;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes in a provider's webhook for one integration: the source address must be allowed, the signature must verify,
 * an event already seen is acknowledged without being processed again, and a payment event leads Kervan to ask the
 * provider and settle the payment (exactly once, like the other paths).
 */
@Stateless
public class WebhookIntake {

    public record Outcome(String result, WebhookEvent event) {
    }

    @Inject
    IntegrationRegistry integrations;

    @Inject
    PaymentProviders providers;

    @Inject
    PaymentService payments;

    @Inject
    TenantContext tenantContext;

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    public Outcome receive(ProviderType type, UUID integrationId, String payload, Map<String, String> headers,
                           String sourceAddress) {
        ConnectedAccount account = integrations.account(integrationId)
                .filter(a -> a.providerType() == type)
                .orElseThrow(() -> new KervanException(IntegrationError.INTEGRATION_NOT_FOUND,
                        "This shop has no " + type.code() + " integration " + integrationId));
        Object allowed = account.config().get("webhook_allowed_ips");
        if (allowed instanceof List<?> addresses && !addresses.isEmpty()
                && addresses.stream().noneMatch(a -> String.valueOf(a).equals(sourceAddress))) {
            throw new KervanException(PaymentError.WEBHOOK_SOURCE_NOT_ALLOWED,
                    "Webhooks for this integration are not accepted from " + sourceAddress);
        }
        WebhookEvent event = providers.of(type).readWebhook(payload, headers, new ProviderAccount(
                account.integrationId(), account.mode(), account.endpoint(), account.credentials(), account.config()));
        int fresh = em.createNativeQuery("insert into webhook_events (tenant_id, provider, event_id, received_at) "
                        + "values (?1, ?2, ?3, now()) on conflict do nothing")
                .setParameter(1, tenantContext.require().id())
                .setParameter(2, type.code())
                .setParameter(3, event.eventId())
                .executeUpdate();
        if (fresh == 0) {
            return new Outcome("duplicate", event);
        }
        if (event.paymentSettled() && event.transactionId() != null) {
            payments.verify(type, event.transactionId());
            return new Outcome("processed", event);
        }
        return new Outcome("ignored", event);
    }
}
