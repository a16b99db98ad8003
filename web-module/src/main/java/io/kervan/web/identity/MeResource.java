package io.kervan.web.identity;

import io.kervan.identity.application.TokenIssuer;
import io.kervan.web.tenancy.TokenClaims;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Who the bearer token speaks for, on this shop. */
@Path("/auth/me")
@Tag(name = "Customer accounts")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"customer", "owner", "admin", "staff"})
public class MeResource {

    /** {@code email} is null for a customer who signs in only with Telegram. */
    public record Me(UUID id, String email, List<String> roles, String tenant) {
    }

    @Inject
    JsonWebToken token;

    @GET
    public Me me() {
        return new Me(UUID.fromString(token.getSubject()), email(), List.copyOf(token.getGroups()),
                TokenClaims.text(token, TokenIssuer.TENANT_SLUG_CLAIM));
    }

    private String email() {
        String email = TokenClaims.text(token, TokenIssuer.EMAIL_CLAIM);
        if (email == null && token.getName().contains("@")) {
            return token.getName(); // signed before tokens carried the email claim, when the name was the email
        }
        return email;
    }
}
