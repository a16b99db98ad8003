package io.kervan.identity.application;

import io.kervan.identity.domain.TokenSigner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a token Kervan signed that arrives outside the API's bearer header (the storefront's and the admin panel's
 * session cookies) as the API's MicroProfile JWT does: RS256 with Kervan's key ({@link TokenSigner}), Kervan's
 * issuer, no audience (Kervan issues none), an expiry, a subject and an id, unexpired. Anything else is no token at
 * all, whatever the reason.
 */
@ApplicationScoped
public class TokenVerifier {

    /** MicroProfile JWT's default ({@code mp.jwt.verify.clock.skew}): a cookie counts when the API would take it. */
    private static final int CLOCK_SKEW_SECONDS = 60;
    /** Kervan's tokens are well under 1 KiB; anything far longer is not one of them. */
    private static final int LONGEST = 8192;

    @Inject
    @ConfigProperty(name = "kervan.jwt.issuer", defaultValue = "kervan")
    String issuer;

    @Inject
    TokenSigner signer;

    @Inject
    ShopTokenChecks checks;

    private volatile JwtConsumer consumer;

    /** The token's claims when Kervan signed it and it has not expired; empty otherwise. */
    public Optional<VerifiedToken> verify(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(consumer().processToClaims(rawToken)));
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /**
     * {@link #verify}, and good for this request as the API's filters would find it: for this shop, signed after its
     * last suspension, not ended since by its account ({@link ShopTokenChecks}).
     */
    public Optional<VerifiedToken> verifyHere(String rawToken) {
        return verify(rawToken).filter(checks::isForThisShop).filter(checks::isNotEnded);
    }

    private static VerifiedToken read(JwtClaims claims) throws MalformedClaimException {
        String tenant = claims.getStringClaimValue(TokenIssuer.TENANT_ID_CLAIM);
        List<String> groups = claims.getStringListClaimValue("groups");
        return new VerifiedToken(UUID.fromString(claims.getSubject()), groups == null ? List.of() : groups,
                tenant == null ? null : UUID.fromString(tenant),
                number(claims, TokenIssuer.TENANT_TOKEN_VERSION_CLAIM), number(claims, TokenIssuer.TOKEN_VERSION_CLAIM),
                claims.getStringClaimValue(TokenIssuer.EMAIL_CLAIM), claims.getJwtId(),
                Instant.ofEpochSecond(claims.getExpirationTime().getValue()));
    }

    /** 0 when the token does not carry it (signed before it existed). */
    private static long number(JwtClaims claims, String name) {
        return claims.getClaimValue(name) instanceof Number n ? n.longValue() : 0;
    }

    private JwtConsumer consumer() {
        if (consumer == null) {
            consumer = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setRequireIssuedAt()
                    .setRequireSubject()
                    .setRequireJwtId()
                    .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                    .setExpectedIssuer(issuer)
                    .setVerificationKey(signer.verificationKey())
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .build();
        }
        return consumer;
    }
}
