package io.kervan.web.webhooks;

import io.kervan.integrations.application.WebhookDelivery;
import io.kervan.integrations.application.WebhookLog;
import io.kervan.integrations.application.WebhookReceipt;
import io.kervan.integrations.application.WebhookReceiver;
import io.kervan.integrations.domain.IntegrationError;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.shared.RateLimiter;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One webhook delivery from arrival to answer, for every webhook address: the per-source limit, the receiver of the
 * provider (which checks and acts in its transaction), and the log entry, written whatever the outcome.
 */
@ApplicationScoped
public class WebhookDeliveries {

    /** What the API answers for a delivery that was taken in. */
    public record Received(boolean success, String result, String eventId) {
    }

    @Inject
    @Any
    Instance<WebhookReceiver> receivers;

    @Inject
    WebhookLog log;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    @ConfigProperty(name = "kervan.webhooks.requests-per-minute", defaultValue = "600")
    int perMinute;

    /**
     * @param integration the integration the delivery is for (a path that names it, or the shop's one of the
     *                    provider), found inside so that a refusal is logged too
     */
    Received deliver(String provider, Supplier<ProviderType> type, Supplier<UUID> integration,
                     String body, Map<String, String> headers, String source) {
        long started = System.nanoTime();
        Instant receivedAt = Instant.now();
        String outcome = "error";
        int status = 500;
        String eventId = null;
        String eventType = null;
        UUID integrationId = null;
        try {
            rateLimiter.check("webhooks", source, perMinute, "Too many webhook deliveries from this address");
            ProviderType providerType = type.get();
            WebhookReceiver receiver = receiverFor(providerType);
            integrationId = integration.get();
            WebhookReceipt result = receiver.receive(providerType, integrationId, body, headers, source);
            outcome = result.result();
            status = 200;
            eventId = result.eventId();
            eventType = result.eventType();
            return new Received(true, result.result(), eventId);
        } catch (KervanException e) {
            outcome = e.errorCode().code();
            status = e.errorCode().httpStatus();
            throw e;
        } catch (EJBException e) {
            if (e.getCause() instanceof KervanException cause) {
                outcome = cause.errorCode().code();
                status = cause.errorCode().httpStatus();
            }
            throw e;
        } finally {
            log.record(new WebhookDelivery(integrationId, provider, eventId, eventType, source, headers, body,
                    outcome, status, (int) ((System.nanoTime() - started) / 1_000_000), receivedAt));
        }
    }

    private WebhookReceiver receiverFor(ProviderType type) {
        return receivers.stream().filter(r -> r.handles(type)).findFirst().orElseThrow(() ->
                new KervanException(IntegrationError.NO_WEBHOOKS, "Kervan takes no webhooks from " + type.code()));
    }
}
