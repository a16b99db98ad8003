package io.kervan.identity.application;

import io.kervan.identity.domain.TokenSigner;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Signs MicroProfile JWTs (RS256). A token names its tenant ({@code tenant_id}, {@code tenant}) and its roles
 * ({@code groups}); the API rejects it on any other tenant's host. Operators' tokens name no tenant. A shop's token
 * also carries the token versions of its account ({@code token_version}) and of its shop
 * ({@code tenant_token_version}) as they are now: raising either ends it (see {@link TokenVersions}).
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String TENANT_ID_CLAIM = "tenant_id";
    public static final String TENANT_SLUG_CLAIM = "tenant";
    public static final String EMAIL_CLAIM = "email";
    public static final String TOKEN_VERSION_CLAIM = "token_version";
    public static final String TENANT_TOKEN_VERSION_CLAIM = "tenant_token_version";

    @Inject
    TokenSigner signer;

    @Inject
    @ConfigProperty(name = "kervan.jwt.issuer", defaultValue = "kervan")
    String issuer;

    @Inject
    @ConfigProperty(name = "kervan.jwt.lifetime", defaultValue = "PT8H")
    Duration lifetime;

    /**
     * @param name         the holder's principal name ({@code upn}): their email, or another name for accounts
     *                     without one
     * @param email        the holder's email, or null when they have none
     * @param tenant       the shop, or null for an operator
     * @param tokenVersion the account's token version now
     */
    public AccessToken issue(UUID subject, String name, String email, List<String> roles, TenantRef tenant,
                             long tokenVersion) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject.toString());
        claims.setClaim("upn", name);
        if (email != null) {
            claims.setClaim(EMAIL_CLAIM, email);
        }
        claims.setStringListClaim("groups", roles);
        if (tenant != null) {
            claims.setClaim(TENANT_ID_CLAIM, tenant.id().toString());
            claims.setClaim(TENANT_SLUG_CLAIM, tenant.slug());
            claims.setClaim(TENANT_TOKEN_VERSION_CLAIM, tenant.tokenVersion());
            claims.setClaim(TOKEN_VERSION_CLAIM, tokenVersion);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toSeconds() / 60f);
        claims.setGeneratedJwtId();

        return new AccessToken(signer.sign(claims.toJson()), "Bearer", lifetime.toSeconds(),
                new AccessToken.Principal(subject, email, roles, tenant == null ? null : tenant.slug()));
    }
}
