package io.kervan.web.platform;

import io.kervan.tenancy.application.NewTenant;
import io.kervan.tenancy.application.TenantAdministration;
import io.kervan.tenancy.application.TenantView;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Objects;

/** Operators open shops, list them, and suspend or reactivate them. */
@Path("/platform/tenants")
@Tag(name = "Platform")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class TenantsResource {

    public record TenantList(boolean success, List<TenantView> tenants) {
    }

    @Inject
    TenantAdministration administration;

    @GET
    public TenantList list() {
        return new TenantList(true, administration.list());
    }

    @POST
    public Response open(@NotNull(message = "a JSON body is required") @Valid NewTenantRequest request) {
        TenantView tenant = administration.open(new NewTenant(request.slug(), request.displayName(),
                Objects.requireNonNullElse(request.defaultCurrency(), "TRY"),
                Objects.requireNonNullElse(request.defaultLocale(), "tr"),
                request.ownerEmail(), request.ownerPassword(), request.ownerFullName()));
        return Response.status(Response.Status.CREATED).entity(tenant).build();
    }

    @GET
    @Path("/{slug}")
    public TenantView get(@PathParam("slug") String slug) {
        return administration.get(slug);
    }

    @POST
    @Path("/{slug}/suspend")
    public TenantView suspend(@PathParam("slug") String slug) {
        return administration.suspend(slug);
    }

    @POST
    @Path("/{slug}/activate")
    public TenantView activate(@PathParam("slug") String slug) {
        return administration.activate(slug);
    }
}
