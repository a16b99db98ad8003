package io.kervan.web.identity;

import io.kervan.identity.application.ShopTokenChecks;
import io.kervan.identity.application.TokenIssuer;
import io.kervan.identity.application.VerifiedToken;
import io.kervan.web.tenancy.TokenClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The API's bearer token, already verified by MicroProfile JWT, put to the same checks as the pages' cookies
 * ({@link ShopTokenChecks}) for the API's filters ({@code TokenTenantFilter}, {@link RevokedTokenFilter}), so a token
 * the API refuses is never a signed-in page either.
 */
@ApplicationScoped
public class ShopTokens {

    @Inject
    ShopTokenChecks checks;

    /** See {@link ShopTokenChecks#requireThisShop}. */
    public void requireThisShop(JsonWebToken token) {
        checks.requireThisShop(verified(token));
    }

    /** See {@link ShopTokenChecks#requireNotEnded}. */
    public void requireNotEnded(JsonWebToken token) {
        checks.requireNotEnded(verified(token));
    }

    static VerifiedToken verified(JsonWebToken token) {
        String tenant = TokenClaims.text(token, TokenIssuer.TENANT_ID_CLAIM);
        return new VerifiedToken(UUID.fromString(token.getSubject()), List.copyOf(token.getGroups()),
                tenant == null ? null : UUID.fromString(tenant),
                TokenClaims.number(token, TokenIssuer.TENANT_TOKEN_VERSION_CLAIM),
                TokenClaims.number(token, TokenIssuer.TOKEN_VERSION_CLAIM),
                TokenClaims.text(token, TokenIssuer.EMAIL_CLAIM), token.getTokenID(),
                Instant.ofEpochSecond(token.getExpirationTime()));
    }
}
