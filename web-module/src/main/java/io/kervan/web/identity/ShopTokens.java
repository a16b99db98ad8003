package io.kervan.web.identity;

import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.application.TokenIssuer;
import io.kervan.identity.application.TokenVersions;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenancyError;
import io.kervan.tenancy.domain.TenantRef;
import io.kervan.web.tenancy.TokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/**
 * What makes a verified token good for this request, beyond its signature and expiry: the API's filters
 * ({@code TokenTenantFilter}, {@link RevokedTokenFilter}) and the storefront's cookie session ask the same questions,
 * so a token the API refuses is never a signed-in page either.
 */
@ApplicationScoped
public class ShopTokens {

    @Inject
    TenantContext tenantContext;

    @Inject
    TokenVersions versions;

    /**
     * Refuses a token that names another shop than the request's (a shop's token on the platform's address, an
     * operator's on a shop), and a shop's token signed before the shop's last suspension: reactivating a shop does not
     * bring its tokens back.
     */
    public void requireThisShop(JsonWebToken token) {
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

    /**
     * Refuses a shop's token whose account has ended it since it was signed: signed out, changed or reset the
     * password, or (staff) was deactivated. An operator's token (no shop) passes.
     */
    public void requireNotEnded(JsonWebToken token) {
        if (token.getClaim(TokenIssuer.TENANT_ID_CLAIM) == null) {
            return;
        }
        Realm realm = token.getGroups().contains(AuthenticationService.CUSTOMER_ROLE) ? Realm.CUSTOMER : Realm.STAFF;
        long version = TokenClaims.number(token, TokenIssuer.TOKEN_VERSION_CLAIM);
        if (!versions.isCurrent(realm, UUID.fromString(token.getSubject()), version)) {
            throw new KervanException(IdentityError.TOKEN_REVOKED, "This token has been ended (signed out, "
                    + "password changed or reset, or account deactivated); sign in again");
        }
    }
}
