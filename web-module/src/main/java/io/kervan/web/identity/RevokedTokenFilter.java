package io.kervan.web.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a shop's token whose account has ended it since it was signed ({@link ShopTokens#requireNotEnded}). Runs on
 * every request that carries a token, after {@code TokenTenantFilter} has made sure the token belongs to this shop;
 * the token versions are answered from memory.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class RevokedTokenFilter implements ContainerRequestFilter {

    @Inject
    ShopTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            tokens.requireNotEnded(token);
        }
    }
}
