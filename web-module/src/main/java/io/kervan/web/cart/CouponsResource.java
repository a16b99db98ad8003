package io.kervan.web.cart;

import io.kervan.cart.application.CouponBook;
import io.kervan.cart.application.CouponView;
import io.kervan.cart.domain.CouponKind;
import io.kervan.cart.domain.CouponTerms;
import io.kervan.shared.domain.Money;
import io.kervan.tenancy.application.TenantContext;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Owners and admins manage their shop's coupons. */
@Path("/staff/coupons")
@Tag(name = "Cart")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"owner", "admin"})
public class CouponsResource {

    public record CouponList(boolean success, List<CouponView> coupons) {
    }

    @Inject
    CouponBook coupons;

    @Inject
    TenantContext tenantContext;

    @GET
    public CouponList list() {
        return new CouponList(true, coupons.list());
    }

    @GET
    @Path("/{id}")
    public CouponView show(@PathParam("id") UUID id) {
        return coupons.show(id);
    }

    @POST
    public Response add(@NotNull(message = "a JSON body is required") @Valid CouponRequest request) {
        return Response.status(Response.Status.CREATED).entity(coupons.add(request.code(), terms(request))).build();
    }

    /** Changes the terms; the code itself never changes. */
    @PATCH
    @Path("/{id}")
    public CouponView change(@PathParam("id") UUID id,
                             @NotNull(message = "a JSON body is required") @Valid CouponRequest request) {
        return coupons.change(id, terms(request));
    }

    @DELETE
    @Path("/{id}")
    public CouponView deactivate(@PathParam("id") UUID id) {
        return coupons.deactivate(id);
    }

    private CouponTerms terms(CouponRequest r) {
        CouponKind kind = CouponKind.valueOf(r.kind().toUpperCase(Locale.ROOT));
        Money amount = kind == CouponKind.FIXED_AMOUNT && r.amount() != null
                ? Money.of(r.amount(), r.currency() == null ? tenantContext.require().defaultCurrency() : r.currency())
                : null;
        return new CouponTerms(kind, r.percentage(), amount, r.minOrderAmount(), r.validFrom(), r.validUntil(),
                r.maxUses(), r.maxUsesPerCustomer(), r.active());
    }
}
