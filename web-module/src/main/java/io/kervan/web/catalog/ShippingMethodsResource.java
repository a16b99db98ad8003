package io.kervan.web.catalog;

import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.catalog.application.ShippingMethodDetails;
import io.kervan.catalog.application.ShippingMethodView;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Shipping methods: shoppers list the active ones, staff keep them. */
@Path("/")
@Tag(name = "Catalog")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ShippingMethodsResource {

    public record MethodList(boolean success, List<ShippingMethodView> shippingMethods) {
    }

    @Inject
    ShippingCatalog shipping;

    @GET
    @Path("public/shipping-methods")
    @PermitAll
    public MethodList active() {
        return new MethodList(true, shipping.list(true));
    }

    @GET
    @Path("staff/shipping-methods")
    @RolesAllowed({"owner", "admin", "staff"})
    public MethodList all() {
        return new MethodList(true, shipping.list(false));
    }

    @POST
    @Path("staff/shipping-methods")
    @RolesAllowed({"owner", "admin"})
    public Response add(@NotNull(message = "a JSON body is required") @Valid ShippingMethodRequest request) {
        return Response.status(Response.Status.CREATED).entity(shipping.add(details(request))).build();
    }

    @PATCH
    @Path("staff/shipping-methods/{id}")
    @RolesAllowed({"owner", "admin"})
    public ShippingMethodView change(@PathParam("id") UUID id,
                                     @NotNull(message = "a JSON body is required") @Valid ShippingMethodRequest request) {
        return shipping.change(id, details(request));
    }

    @DELETE
    @Path("staff/shipping-methods/{id}")
    @RolesAllowed({"owner", "admin"})
    public ShippingMethodView deactivate(@PathParam("id") UUID id) {
        return shipping.deactivate(id);
    }

    private static ShippingMethodDetails details(ShippingMethodRequest r) {
        return new ShippingMethodDetails(r.name(), r.carrier(), r.price(), r.currency(), r.minDays(), r.maxDays(),
                r.active());
    }
}
