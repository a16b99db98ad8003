package io.kervan.identity.domain;

import io.kervan.shared.domain.Digests;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A mailed link to choose a new password for one account of one shop. Its secret (256 random bits) is only in the
 * mail; the row keeps its SHA-256, so the table alone opens no account. It works once, before it expires.
 */
@Entity
@Table(name = "password_reset_tokens")
public class PasswordResetToken extends TenantOwned {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new token and the secret that goes into the mail, which nothing stores. */
    public record Issued(PasswordResetToken token, String secret) {
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Realm realm;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordResetToken() {
        // for JPA
    }

    private PasswordResetToken(Realm realm, UUID accountId, String tokenHash, Instant now, Duration lifetime) {
        super(UUID.randomUUID());
        this.realm = realm;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public static Issued issue(Realm realm, UUID accountId, Instant now, Duration lifetime) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new PasswordResetToken(realm, accountId, hashOf(text), now, lifetime), text);
    }

    /** What the table keeps of a secret, and looks it up by. */
    public static String hashOf(String secret) {
        return Digests.sha256Hex(secret);
    }

    /** Spends the token on a new password for an account of {@code realm}; a used or expired one is refused. */
    public void use(Realm realm, Instant now) {
        if (this.realm != realm || usedAt != null || !now.isBefore(expiresAt)) {
            throw invalid();
        }
        usedAt = now;
    }

    /** Another link of the account was used: this one will not work any more. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public static KervanException invalid() {
        return new KervanException(IdentityError.INVALID_RESET_TOKEN,
                "This password reset link is not valid here, has been used or has expired; ask for a new one");
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
