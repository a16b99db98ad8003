package io.kervan.integrations.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One sealed credential of an integration (e.g. the live {@code api_key}); only what {@link Secret#lastFour()} allows
 * is plain (nothing of a short one).
 */
@Entity
@Table(name = "integration_secrets")
public class IntegrationSecret extends TenantOwned {

    @Column(name = "integration_id", nullable = false, updatable = false)
    private UUID integrationId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CredentialMode mode;

    @Column(nullable = false)
    private byte[] ciphertext;

    @Column(nullable = false)
    private byte[] nonce;

    @Column(nullable = false)
    private String last4;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IntegrationSecret() {
        // for JPA
    }

    public IntegrationSecret(UUID integrationId, String name, CredentialMode mode, Sealed sealed, String last4) {
        super(UUID.randomUUID());
        this.integrationId = integrationId;
        this.name = name;
        this.mode = mode;
        replace(sealed, last4);
    }

    public final void replace(Sealed sealed, String last4) {
        this.ciphertext = sealed.ciphertext();
        this.nonce = sealed.nonce();
        this.last4 = last4;
        this.updatedAt = Instant.now();
    }

    public Sealed sealed() {
        return new Sealed(ciphertext, nonce);
    }

    public UUID integrationId() {
        return integrationId;
    }

    public String name() {
        return name;
    }

    public CredentialMode mode() {
        return mode;
    }

    public String last4() {
        return last4;
    }
}
