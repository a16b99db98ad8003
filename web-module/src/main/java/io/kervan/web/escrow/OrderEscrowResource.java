package io.kervan.web.escrow;

import io.kervan.escrow.application.EscrowDesk;
import io.kervan.escrow.application.EscrowView;
import io.kervan.web.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * An order's escrow: staff see it with its ledger; owners and admins flag or clear a dispute
 * ({@code POST …/dispute/}) and release a delivered order's money by hand ({@code POST …/release/}). An order without
 * escrow is {@code escrow_not_found}, another shop's order {@code order_not_found}.
 */
@Path("/orders/{id}/escrow")
@Tag(name = "Escrow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderEscrowResource {

    public record Escrow(boolean success, EscrowView escrow) {
    }

    @Inject
    EscrowDesk desk;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({"owner", "admin", "staff"})
    public Escrow show(@PathParam("id") UUID orderId) {
        return new Escrow(true, desk.ofOrder(orderId));
    }

    @POST
    @Path("/dispute")
    @RolesAllowed({"owner", "admin"})
    public Escrow dispute(@PathParam("id") UUID orderId,
                          @NotNull(message = "a JSON body is required") @Valid DisputeRequest request) {
        return new Escrow(true, desk.setDisputed(orderId, request.disputed(), request.reason(), caller.actor()));
    }

    @POST
    @Path("/release")
    @RolesAllowed({"owner", "admin"})
    public Escrow release(@PathParam("id") UUID orderId) {
        return new Escrow(true, desk.release(orderId, caller.actor()));
    }
}
