package io.kervan.web.esim;

import io.kervan.esim.application.EsimDeliveries;
import io.kervan.esim.application.FulfillmentView;
import io.kervan.web.shared.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * An order's eSIMs: the success page and the order page poll {@code GET} until {@code status} is {@code delivered}
 * and the QR codes are there (a guest order by its id, like paying for it; a customer's only by that customer; staff
 * any of the shop's). Staff retry a failed fulfillment with {@code POST …/retry/}, and mail a delivered one's eSIMs to
 * the customer once more with {@code POST …/resend-email/}.
 */
@Path("/orders/{id}/fulfillment")
@Tag(name = "eSIM")
@Produces(MediaType.APPLICATION_JSON)
public class OrderEsimsResource {

    public record Fulfillment(boolean success, FulfillmentView fulfillment) {
    }

    @Inject
    EsimDeliveries deliveries;

    @Inject
    Caller caller;

    @GET
    @PermitAll
    public Fulfillment show(@PathParam("id") UUID orderId) {
        return new Fulfillment(true, deliveries.ofOrder(orderId, caller.customerId().orElse(null),
                caller.isStaff()));
    }

    @POST
    @Path("/retry")
    @RolesAllowed({"owner", "admin", "staff"})
    public Fulfillment retry(@PathParam("id") UUID orderId) {
        return new Fulfillment(true, deliveries.retry(orderId, caller.actor()));
    }

    /** Mails the customer their delivered eSIMs once more; nothing is bought again. 202: the mail is queued. */
    @POST
    @Path("/resend-email")
    @RolesAllowed({"owner", "admin", "staff"})
    public Response resendEmail(@PathParam("id") UUID orderId) {
        return Response.accepted(new Fulfillment(true, deliveries.resendEmail(orderId, caller.actor()))).build();
    }
}
