package io.kervan.web.webhooks;

import io.kervan.integrations.application.WebhookLog;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    public record LogList(boolean success, List<WebhookLog.View> entries) {
    }

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookLog log;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public WebhookDeliveries.Received receive(@PathParam("provider") @Pattern(regexp = "[a-z]{1,20}",
            message = "provider must be a provider's name, such as stripe") String provider,
                                              @PathParam("integration_id") UUID integrationId, String payload) {
        return deliveries.deliver(provider, () -> providerType(provider), () -> integrationId,
                payload == null ? "" : payload, lowerCased(headers), http.getRemoteAddr());
    }

    @GET
    @RolesAllowed({"owner", "admin"})
    @Produces(MediaType.APPLICATION_JSON)
    public LogList recent(@PathParam("provider") String provider, @PathParam("integration_id") UUID integrationId) {
        return new LogList(true, log.recent(integrationId, 200));
    }

    static Map<String, String> lowerCased(HttpHeaders headers) {
        Map<String, String> lowerCased = new TreeMap<>();
        headers.getRequestHeaders().forEach((name, values) ->
                lowerCased.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return lowerCased;
    }

    private static ProviderType providerType(String code) {
        try {
            return ProviderType.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("provider", code + " is not a provider");
        }
    }
}
