package io.kervan.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Someone who runs the platform itself: opens and suspends shops. Bootstrapped from configuration. */
@Entity
@Table(name = "platform_operators")
public class PlatformOperator {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PlatformOperator() {
        // for JPA
    }

    public PlatformOperator(String email, String passwordHash) {
        this.id = UUID.randomUUID();
        this.email = EmailAddress.normalize(email);
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
    }

    public boolean canSignInWith(String password) {
        return PasswordHash.matches(password, passwordHash);
    }

    /** Configuration is the source of truth for operators: a changed password replaces the stored one. */
    public void replacePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }
}
