package io.kervan.web.identity;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AccountSecurity;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.application.PasswordResets;
import io.kervan.identity.domain.Realm;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A shop's owner, admins and staff sign in and out, and change or reset their password, on the shop's subdomain.
 * Signing out, a password change and a reset end every token the member holds, on every device.
 */
@Path("/staff/auth")
@Tag(name = "Staff accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class StaffAuthResource {

    private static final String REQUIRED = "a JSON body is required";

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountSecurity security;

    @Inject
    PasswordResets resets;

    @Inject
    JsonWebToken token;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/login")
    public AccessToken signIn(@NotNull(message = REQUIRED) @Valid SignInRequest request) {
        return authentication.signInStaff(request.email(), request.password(), ClientAddress.of(http));
    }

    /** Ends every token of the member, this one included. */
    @POST
    @Path("/logout")
    @RolesAllowed({"owner", "admin", "staff"})
    @SecurityRequirement(name = "jwt")
    public Response signOut() {
        security.signOut(Realm.STAFF, UUID.fromString(token.getSubject()));
        return Response.noContent().build();
    }

    /** Sets a new password; every other token of the member ends, and a fresh one comes back. */
    @POST
    @Path("/password")
    @RolesAllowed({"owner", "admin", "staff"})
    @SecurityRequirement(name = "jwt")
    public AccessToken changePassword(@NotNull(message = REQUIRED) @Valid PasswordChangeRequest request) {
        return security.changePassword(Realm.STAFF, UUID.fromString(token.getSubject()), request.currentPassword(),
                request.newPassword(), ClientAddress.of(http));
    }

    /** Mails a reset link if an active member of this shop has the address; the answer is the same either way. */
    @POST
    @Path("/password-reset")
    public Response requestPasswordReset(@NotNull(message = REQUIRED) @Valid PasswordResetRequest request) {
        resets.request(Realm.STAFF, request.email(), ClientAddress.of(http));
        return Response.accepted(ResetRequested.ANSWER).build();
    }

    @POST
    @Path("/password-reset/confirm")
    public AccessToken confirmPasswordReset(@NotNull(message = REQUIRED) @Valid PasswordResetConfirmation request) {
        return resets.confirm(Realm.STAFF, request.token(), request.newPassword());
    }
}
