package io.kervan.integrations.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's data key, wrapped by a master key. Not tenant-filtered: re-wrapping after a master key rotation is
 * platform work across all tenants.
 */
@Entity
@Table(name = "tenant_data_keys")
public class TenantDataKey {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrappedKey;

    @Column(nullable = false)
    private byte[] nonce;

    @Column(name = "master_key_version", nullable = false)
    private int masterKeyVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "rewrapped_at")
    private Instant rewrappedAt;

    protected TenantDataKey() {
        // for JPA
    }

    TenantDataKey(UUID tenantId, byte[] wrappedKey, byte[] nonce, int masterKeyVersion) {
        this.tenantId = tenantId;
        this.wrappedKey = wrappedKey;
        this.nonce = nonce;
        this.masterKeyVersion = masterKeyVersion;
        this.createdAt = Instant.now();
    }

    void rewrap(byte[] wrappedKey, byte[] nonce, int masterKeyVersion) {
        this.wrappedKey = wrappedKey;
        this.nonce = nonce;
        this.masterKeyVersion = masterKeyVersion;
        this.rewrappedAt = Instant.now();
    }

    UUID tenantId() {
        return tenantId;
    }

    byte[] wrappedKey() {
        return wrappedKey;
    }

    byte[] nonce() {
        return nonce;
    }

    int masterKeyVersion() {
        return masterKeyVersion;
    }
}
