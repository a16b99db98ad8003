package io.kervan.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/**
 * What every tenant-scoped entity is: an id, and the tenant it belongs to, which Hibernate fills on insert and adds to
 * every query from the current tenant (see {@code ContextTenantIdentifierResolver}). Nothing in Kervan sets or reads
 * the tenant by hand.
 */
@MappedSuperclass
public abstract class TenantOwned {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    /** For JPA, which sets the id from the row. */
    protected TenantOwned() {
    }

    /** For new entities. */
    protected TenantOwned(UUID id) {
        this.id = id;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }
}
