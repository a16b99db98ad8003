package io.kervan.web.webhooks;

import io.kervan.integrations.application.WebhookDelivery;
import io.kervan.integrations.application.WebhookLog;
import io.kervan.integrations.application.WebhookReceipt;
import io.kervan.integrations.application.WebhookReceiver;
import io.kervan.integrations.domain.IntegrationError;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.shared.RateLimiter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Provider webhooks for one integration, on the shop's address: {@code POST /api/webhooks/{provider}/{integration_id}/}.
 * Answers 200 for processed and duplicate events, 401 for a bad signature, 403 for a source outside the
 * integration's {@code webhook_allowed_ips}, 429 over the per-source limit. Every delivery is logged.
 */
@Path("/webhooks/{provider}/{integration_id}")
@Tag(name = "Integrations")
public class WebhooksResource {

    public record Received(boolean success, String result, String eventId) {
    }

    public record LogList(boolean success, List<WebhookLog.View> entries) {
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

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Received receive(@PathParam("provider") @Pattern(regexp = "[a-z]{1,20}",
                                    message = "provider must be a provider's name, such as stripe") String provider,
                            @PathParam("integration_id") UUID integrationId, String payload) {
        long started = System.nanoTime();
        Instant receivedAt = Instant.now();
        String source = http.getRemoteAddr();
        String body = payload == null ? "" : payload;
        Map<String, String> lowerCased = new TreeMap<>();
        headers.getRequestHeaders().forEach((name, values) ->
                lowerCased.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        String outcome = "error";
        int status = 500;
        String eventId = null;
        String eventType = null;
        try {
            rateLimiter.check("webhooks", source, perMinute, "Too many webhook deliveries from this address");
            ProviderType type = providerType(provider);
            WebhookReceipt result = receiverFor(type).receive(type, integrationId, body, lowerCased, source);
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
            log.record(new WebhookDelivery(integrationId, provider, eventId, eventType, source, lowerCased, body,
                    outcome, status, (int) ((System.nanoTime() - started) / 1_000_000), receivedAt));
        }
    }

    @GET
    @RolesAllowed({"owner", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    public LogList recent(@PathParam("provider") String provider, @PathParam("integration_id") UUID integrationId) {
        return new LogList(true, log.recent(integrationId, 200));
    }

    private WebhookReceiver receiverFor(ProviderType type) {
        return receivers.stream().filter(r -> r.handles(type)).findFirst().orElseThrow(() ->
                new KervanException(IntegrationError.NO_WEBHOOKS, "Kervan takes no webhooks from " + type.code()));
    }

    private static ProviderType providerType(String code) {
        try {
            return ProviderType.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("provider", code + " is not a provider");
        }
    }
}
