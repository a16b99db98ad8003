package io.kervan.web.identity;

import io.kervan.identity.application.NewStaffMember;
import io.kervan.identity.application.StaffDirectory;
import io.kervan.identity.application.StaffView;
import io.kervan.identity.domain.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Owners and admins manage who works in their shop: they add members, change their roles (the member's tokens end,
 * so they sign in again with the new role), and deactivate them (a deactivated member can no longer sign in and their
 * tokens stop working at once) or reactivate them. Owners manage everyone but themselves and may make another owner,
 * admins manage staff; the shop's last active owner stays an active owner.
 */
@Path("/staff/members")
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"owner", "admin"})
public class StaffMembersResource {

    public record StaffList(boolean success, List<StaffView> members) {
    }

    @Inject
    StaffDirectory staff;

    @Context
    SecurityContext security;

    @Inject
    JsonWebToken token;

    @GET
    public StaffList list() {
        return new StaffList(true, staff.list());
    }

    @POST
    public Response add(@NotNull(message = "a JSON body is required") @Valid NewStaffRequest request) {
        StaffRole acting = security.isUserInRole("owner") ? StaffRole.OWNER : StaffRole.ADMIN;
        StaffView member = staff.add(acting, new NewStaffMember(request.email(), request.password(),
                request.fullName(), StaffRole.valueOf(request.role().toUpperCase(Locale.ROOT))));
        return Response.status(Response.Status.CREATED).entity(member).build();
    }

    /** Another role for a member; their tokens end, so they sign in again with it. */
    @PATCH
    @Path("/{id}")
    public StaffView changeRole(@PathParam("id") UUID id,
                                @NotNull(message = "a JSON body is required") @Valid StaffRoleRequest request) {
        return staff.changeRole(UUID.fromString(token.getSubject()), id,
                StaffRole.valueOf(request.role().toUpperCase(Locale.ROOT)));
    }

    @POST
    @Path("/{id}/deactivate")
    public StaffView deactivate(@PathParam("id") UUID id) {
        return staff.deactivate(UUID.fromString(token.getSubject()), id);
    }

    @POST
    @Path("/{id}/reactivate")
    public StaffView reactivate(@PathParam("id") UUID id) {
        return staff.reactivate(UUID.fromString(token.getSubject()), id);
    }
}
