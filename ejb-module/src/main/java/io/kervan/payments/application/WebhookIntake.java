package io.kervan.payments.application;

import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.application.WebhookGate;
import io.kervan.integrations.application.WebhookReceipt;
import io.kervan.integrations.application.WebhookReceiver;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.payments.provider.WebhookEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/**
 * Takes in a payment provider's webhook for one integration: the source address must be allowed, the signature must
 * verify, an event already seen is acknowledged without being processed again, and a payment event leads Kervan to
 * ask the provider and settle the payment (exactly once, like the other paths); a refund event, to ask the provider
 * how the refund it reviewed was decided.
 */
@Stateless
public class WebhookIntake implements WebhookReceiver {

    @Inject
    WebhookGate gate;

    @Inject
    PaymentProviders providers;

    @Inject
    PaymentService payments;

    @EJB
    RefundSteps refunds;

    @Override
    public boolean handles(ProviderType type) {
        return providers.supports(type);
    }

    @Override
    public WebhookReceipt receive(ProviderType type, UUID integrationId, String payload, Map<String, String> headers,
                                  String sourceAddress) {
        PaymentProvider provider = providers.of(type);
        ProviderAccount account = gate.account(type, integrationId, sourceAddress, provider.webhookSources());
        WebhookEvent event = provider.readWebhook(payload, headers, account);
        if (!gate.firstTime(type, event.eventId())) {
            return new WebhookReceipt(WebhookReceipt.DUPLICATE, event.eventId(), event.type());
        }
        if (event.paymentSettled() && event.transactionId() != null) {
            payments.verify(type, event.transactionId());
            return new WebhookReceipt(WebhookReceipt.PROCESSED, event.eventId(), event.type());
        }
        if (event.refundReviewed() && event.transactionId() != null) {
            refunds.reviewed(type, event.transactionId());
            return new WebhookReceipt(WebhookReceipt.PROCESSED, event.eventId(), event.type());
        }
        return new WebhookReceipt(WebhookReceipt.IGNORED, event.eventId(), event.type());
    }
}
