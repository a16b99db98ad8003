package io.kervan.web.tenancy;

import io.kervan.web.identity.ShopTokens;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A token is good only on the host of the tenant it names ({@link ShopTokens#requireThisShop}): a shop's token on
 * another shop (or on the platform's bare domain), an operator's token on any shop, and a shop's token signed before
 * its last suspension are refused before roles are even looked at.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenTenantFilter implements ContainerRequestFilter {

    @Inject
    ShopTokens tokens;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token) {
            tokens.requireThisShop(token);
        }
    }
}
