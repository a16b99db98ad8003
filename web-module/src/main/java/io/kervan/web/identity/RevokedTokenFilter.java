package io.kervan.web.identity;

import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.application.TokenIssuer;
import io.kervan.identity.application.TokenVersions;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.tenancy.TokenClaims;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * Refuses a shop's token whose account has ended it since it was signed: signed out, changed or reset the password,
 * or (staff) was deactivated. Runs on every request that carries a token, after {@code TokenTenantFilter} has made
 * sure the token belongs to this shop; {@link TokenVersions} answers from memory.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class RevokedTokenFilter implements ContainerRequestFilter {

    @Inject
    TokenVersions versions;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)
                || token.getClaim(TokenIssuer.TENANT_ID_CLAIM) == null) {
            return; // no token, or an operator's
        }
        Realm realm = token.getGroups().contains(AuthenticationService.CUSTOMER_ROLE) ? Realm.CUSTOMER : Realm.STAFF;
        long version = TokenClaims.number(token, TokenIssuer.TOKEN_VERSION_CLAIM);
        if (!versions.isCurrent(realm, UUID.fromString(token.getSubject()), version)) {
            throw new KervanException(IdentityError.TOKEN_REVOKED, "This token has been ended (signed out, "
                    + "password changed or reset, or account deactivated); sign in again");
        }
    }
}
