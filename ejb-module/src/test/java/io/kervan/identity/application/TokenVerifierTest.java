package io.kervan.identity.application;

import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.TokenSigner;
import io.kervan.identity.infrastructure.JwsTokenSigner;
import io.kervan.shared.domain.ErrorCode;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenancyError;
import io.kervan.tenancy.domain.TenantRef;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenVerifierTest {

    private static final TenantRef SHOP = shop(0);
    private static final TenantRef OTHER_SHOP = new TenantRef(UUID.randomUUID(), "other", "Other", "TRY",
            Locale.ROOT, null, null, 0);
    private static final UUID CUSTOMER = UUID.randomUUID();

    private final Map<UUID, Long> storedVersions = new HashMap<>();
    private final TenantContext tenantContext = new TenantContext();
    private final ShopTokenChecks checks = new ShopTokenChecks();
    private final TokenVerifier verifier = new TokenVerifier();
    private final TokenIssuer tokens = new TokenIssuer();

    @BeforeEach
    void wire() {
        TokenVersions versions = new TokenVersions();
        versions.database = (realm, id) -> OptionalLong.of(storedVersions.getOrDefault(id, 0L));
        versions.size = 0;
        versions.create();
        checks.tenantContext = tenantContext;
        checks.versions = versions;
        verifier.issuer = "kervan";
        verifier.signer = new JwsTokenSigner();
        verifier.checks = checks;
        tokens.signer = verifier.signer;
        tokens.issuer = "kervan";
        tokens.lifetime = Duration.ofHours(8);
        tenantContext.enter(SHOP);
    }

    private static TenantRef shop(long tokenVersion) {
        return new TenantRef(UUID.fromString("3f1c9a4e-5b7d-4c2a-9e8f-1a2b3c4d5e6f"), "shop", "Shop", "TRY",
                Locale.ROOT, null, null, tokenVersion);
    }

    private String customerToken(TenantRef shop) {
        return tokens.issue(CUSTOMER, "ayse@example.com", "ayse@example.com", List.of("customer"), shop, 0)
                .accessToken();
    }

    @Test
    void a_token_kervan_signed_for_this_shop_says_who_holds_it() {
        VerifiedToken token = verifier.verifyHere(customerToken(SHOP)).orElseThrow();

        assertThat(token.subject()).isEqualTo(CUSTOMER);
        assertThat(token.groups()).containsExactly("customer");
        assertThat(token.tenantId()).isEqualTo(SHOP.id());
        assertThat(token.email()).isEqualTo("ayse@example.com");
        assertThat(token.tokenId()).isNotBlank();
        assertThat(token.expiresAt()).isAfter(Instant.now().plus(Duration.ofHours(7)));
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        RsaJsonWebKey forger = RsaJwkGenerator.generateJwk(2048);
        tokens.signer = new TokenSigner() {
            @Override
            public String sign(String claimsJson) {
                return signed(claimsJson, forger);
            }

            @Override
            public PublicKey verificationKey() {
                return forger.getPublicKey();
            }
        };

        assertThat(verifier.verify(customerToken(SHOP))).isEmpty();
    }

    @Test
    void a_token_whose_claims_were_changed_after_signing_is_refused() {
        String[] parts = customerToken(SHOP).split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]))
                        .replace(CUSTOMER.toString(), UUID.randomUUID().toString()).getBytes());

        assertThat(verifier.verify(parts[0] + "." + otherClaims + "." + parts[2])).isEmpty();
    }

    @Test
    void an_unsigned_token_is_refused() throws Exception {
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(claims().toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);

        assertThat(verifier.verify(none.getCompactSerialization())).isEmpty();
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        tokens.issuer = "someone-else";

        assertThat(verifier.verify(customerToken(SHOP))).isEmpty();
    }

    @Test
    void a_token_meant_for_an_audience_is_refused() {
        JwtClaims claims = claims();
        claims.setAudience("somewhere-else");

        assertThat(verifier.verify(verifier.signer.sign(claims.toJson()))).isEmpty();
        assertThat(verifier.verify(verifier.signer.sign(claims().toJson()))).isPresent();
    }

    @Test
    void an_expired_token_is_refused() {
        tokens.lifetime = Duration.ofMinutes(-2);

        assertThat(verifier.verify(customerToken(SHOP))).isEmpty();
    }

    @Test
    void what_is_not_a_token_is_refused() {
        assertThat(verifier.verify(null)).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify("not.a.token")).isEmpty();
        assertThat(verifier.verify(customerToken(SHOP) + "x".repeat(9000))).isEmpty();
    }

    @Test
    void another_shops_token_is_refused_here_as_the_api_refuses_it() {
        String token = customerToken(OTHER_SHOP);

        assertThat(verifier.verify(token)).isPresent();
        assertThat(verifier.verifyHere(token)).isEmpty();
        assertRefused(() -> checks.requireThisShop(verifier.verify(token).orElseThrow()), TenancyError.TENANT_MISMATCH);
    }

    @Test
    void a_token_signed_before_the_shop_was_suspended_is_refused() {
        String token = customerToken(shop(1));
        tenantContext.enter(shop(2));

        assertThat(verifier.verifyHere(token)).isEmpty();
        assertRefused(() -> checks.requireThisShop(verifier.verify(token).orElseThrow()), IdentityError.TOKEN_REVOKED);
    }

    @Test
    void a_token_its_account_has_ended_is_refused() {
        String token = customerToken(SHOP);
        storedVersions.put(CUSTOMER, 1L);

        assertThat(verifier.verifyHere(token)).isEmpty();
        assertRefused(() -> checks.requireNotEnded(verifier.verify(token).orElseThrow()), IdentityError.TOKEN_REVOKED);
    }

    @Test
    void an_operators_token_is_good_only_on_the_platforms_own_address() {
        String token = tokens.issue(UUID.randomUUID(), "operator", null, List.of("operator"), null, 0).accessToken();

        assertThat(verifier.verifyHere(token)).isEmpty();
        tenantContext.enter(null);
        assertThat(verifier.verifyHere(token)).isPresent();
    }

    /** The API answers with this code (see {@code ShopTokens}). */
    private static void assertRefused(Runnable check, ErrorCode code) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("kervan");
        claims.setSubject(CUSTOMER.toString());
        claims.setStringListClaim("groups", "customer");
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setGeneratedJwtId();
        return claims;
    }

    private static String signed(String claimsJson, RsaJsonWebKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claimsJson);
        jws.setKey(key.getPrivateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
