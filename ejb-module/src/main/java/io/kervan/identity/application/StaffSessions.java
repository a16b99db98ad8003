package io.kervan.identity.application;

import io.kervan.identity.domain.Realm;
import io.kervan.identity.domain.StaffRole;
import io.kervan.identity.domain.TokenSigner;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The admin panel's sessions are the API's staff tokens, kept in a cookie; this checks one as the API's filters do:
 * signed by Kervan, not expired, issued for the current shop to one of its staff, not older than the shop's last
 * suspension, and not ended since (signed out, password changed or reset, member deactivated: {@link TokenVersions}).
 * Anything else is no session at all, whatever the reason.
 */
@ApplicationScoped
public class StaffSessions {

    /** A signed-in member as the pages need them; {@code tokenId} is the token's own id ({@code jti}). */
    public record StaffSession(UUID accountId, String email, StaffRole role, String tokenId, Instant expiresAt) {
    }

    @Inject
    @ConfigProperty(name = "kervan.jwt.issuer", defaultValue = "kervan")
    String issuer;

    @Inject
    TenantContext tenantContext;

    @Inject
    TokenVersions versions;

    @Inject
    TokenSigner signer;

    private volatile JwtConsumer consumer;

    public Optional<StaffSession> open(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 8192) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer().processToClaims(rawToken);
            return session(claims, tenantContext.require());
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<StaffSession> session(JwtClaims claims, TenantRef shop) throws MalformedClaimException {
        if (!shop.id().toString().equals(claims.getStringClaimValue(TokenIssuer.TENANT_ID_CLAIM))
                || number(claims, TokenIssuer.TENANT_TOKEN_VERSION_CLAIM) < shop.tokenVersion()) {
            return Optional.empty();
        }
        Optional<StaffRole> role = role(claims.getStringListClaimValue("groups"));
        UUID accountId = UUID.fromString(claims.getSubject());
        if (role.isEmpty()
                || !versions.isCurrent(Realm.STAFF, accountId, number(claims, TokenIssuer.TOKEN_VERSION_CLAIM))) {
            return Optional.empty();
        }
        return Optional.of(new StaffSession(accountId, claims.getStringClaimValue(TokenIssuer.EMAIL_CLAIM),
                role.get(), claims.getJwtId(), Instant.ofEpochSecond(claims.getExpirationTime().getValue())));
    }

    /** A staff token carries exactly one staff role. */
    private static Optional<StaffRole> role(List<String> groups) {
        if (groups == null || groups.size() != 1) {
            return Optional.empty();
        }
        String group = groups.get(0).toUpperCase(Locale.ROOT);
        for (StaffRole role : StaffRole.values()) {
            if (role.name().equals(group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static long number(JwtClaims claims, String name) {
        Object value = claims.getClaimValue(name);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private JwtConsumer consumer() {
        if (consumer == null) {
            consumer = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setRequireSubject()
                    .setRequireJwtId()
                    .setExpectedIssuer(issuer)
                    .setVerificationKey(signer.verificationKey())
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .build();
        }
        return consumer;
    }
}
