package io.kervan.web.webhooks;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.application.WebhookGate;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * PAYNET's webhook address as seed 004 names it, one per shop: {@code POST /api/webhooks/paynet-callback} on the
 * shop's host, for the shop's PAYNET integration in use. Checked and answered exactly like
 * {@code /api/webhooks/paynet/{integration_id}/}: source address, signature, duplicates, log.
 */
@Path("/webhooks/paynet-callback")
@Tag(name = "Integrations")
public class PaynetCallbackResource {

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookGate gate;

    @Context
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public WebhookDeliveries.Received receive(String payload) {
        return deliveries.deliver(ProviderType.PAYNET.code(), () -> ProviderType.PAYNET,
                () -> gate.integrationOf(ProviderType.PAYNET), payload == null ? "" : payload,
                WebhooksResource.lowerCased(headers), http.getRemoteAddr());
    }
}
