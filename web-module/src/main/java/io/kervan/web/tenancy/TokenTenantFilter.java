package io.kervan.web.tenancy;

import io.kervan.identity.application.TokenIssuer;
import io.kervan.identity.domain.IdentityError;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenancyError;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token is good only on the host of the tenant it names: a shop's token on another shop (or on the platform's
 * bare domain), and an operator's token on any shop, are refused before roles are even looked at. A shop's token
 * signed before the shop's last suspension is refused too: reactivating a shop does not bring its tokens back.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenTenantFilter implements ContainerRequestFilter {

    @Inject
    TenantContext tenantContext;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        String tokenTenant = TokenClaims.text(token, TokenIssuer.TENANT_ID_CLAIM);
        TenantRef requestTenant = tenantContext.current().orElse(null);
        String requestTenantId = requestTenant == null ? null : requestTenant.id().toString();
        if (tokenTenant == null ? requestTenantId != null : !tokenTenant.equals(requestTenantId)) {
            throw new KervanException(TenancyError.TENANT_MISMATCH,
                    "This token was not issued for this address; sign in on the address you are calling");
        }
        // Older only: a newer token than this node's answer means the answer is a moment old, not the token.
        if (requestTenant != null
                && TokenClaims.number(token, TokenIssuer.TENANT_TOKEN_VERSION_CLAIM) < requestTenant.tokenVersion()) {
            throw new KervanException(IdentityError.TOKEN_REVOKED,
                    "This token was signed before the shop was suspended and no longer works; sign in again");
        }
    }
}
