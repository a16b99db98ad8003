package io.kervan.identity.application;

import io.kervan.identity.domain.IdentityError;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenancyError;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * What makes a verified token good for this request, beyond its signature and expiry. The API's filters (on the
 * bearer token) and the storefront's and admin panel's cookie sessions ({@link TokenVerifier#verifyHere}) ask the
 * same questions here, so a token the API refuses is never a signed-in page either.
 */
@ApplicationScoped
public class ShopTokenChecks {

    @Inject
    TenantContext tenantContext;

    @Inject
    TokenVersions versions;

    /**
     * Whether the token names the request's shop (not another shop, not a shop's token on the platform's address nor
     * an operator's on a shop) and was signed after the shop's last suspension: reactivating a shop does not bring its
     * tokens back.
     */
    public boolean isForThisShop(VerifiedToken token) {
        TenantRef shop = tenantContext.current().orElse(null);
        return namesShop(shop, token) && !predatesSuspension(shop, token);
    }

    /**
     * Whether its account has not ended it since it was signed: signed out, changed or reset the password, or (staff)
     * was deactivated. An operator's token (no shop) is never ended this way.
     */
    public boolean isNotEnded(VerifiedToken token) {
        return !token.isShopToken() || versions.isCurrent(token.realm(), token.subject(), token.tokenVersion());
    }

    /** {@link #isForThisShop}, or the reason it is not as the API answers it. */
    public void requireThisShop(VerifiedToken token) {
        TenantRef shop = tenantContext.current().orElse(null);
        if (!namesShop(shop, token)) {
            throw new KervanException(TenancyError.TENANT_MISMATCH,
                    "This token was not issued for this address; sign in on the address you are calling");
        }
        if (predatesSuspension(shop, token)) {
            throw new KervanException(IdentityError.TOKEN_REVOKED,
                    "This token was signed before the shop was suspended and no longer works; sign in again");
        }
    }

    /** {@link #isNotEnded}, or the reason it is not as the API answers it. */
    public void requireNotEnded(VerifiedToken token) {
        if (!isNotEnded(token)) {
            throw new KervanException(IdentityError.TOKEN_REVOKED, "This token has been ended (signed out, "
                    + "password changed or reset, or account deactivated); sign in again");
        }
    }

    /** Same shop; on the platform's own address (no shop), only a token that names none: an operator's. */
    private static boolean namesShop(TenantRef shop, VerifiedToken token) {
        return Objects.equals(shop == null ? null : shop.id(), token.tenantId());
    }

    // Older only: a newer token than this node's answer means the answer is a moment old, not the token.
    private static boolean predatesSuspension(TenantRef shop, VerifiedToken token) {
        return shop != null && token.tenantTokenVersion() < shop.tokenVersion();
    }
}
