package io.kervan.web.tenancy;

import io.kervan.identity.application.TokenIssuer;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenancyError;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token is good only on the host of the tenant it names: a shop's token on another shop (or on the platform's
 * bare domain), and an operator's token on any shop, are refused before roles are even looked at.
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
        String requestTenant = tenantContext.current().map(t -> t.id().toString()).orElse(null);
        if (tokenTenant == null ? requestTenant != null : !tokenTenant.equals(requestTenant)) {
            throw new KervanException(TenancyError.TENANT_MISMATCH,
                    "This token was not issued for this address; sign in on the address you are calling");
        }
    }
}
