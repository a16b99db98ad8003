package io.kervan.tenancy.application;

import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant the current request (or job) works for. The API's tenant filter fixes it from the Host header; jobs and
 * timers set it with {@link #callAs}. Hibernate reads it when a persistence context opens, so every tenant-scoped
 * entity is filled and filtered with it (see {@code ContextTenantIdentifierResolver}).
 *
 * <p>The persistence context of a transaction takes the tenant that is current when it is first used: switch the
 * tenant before the transaction touches the database, not in the middle of it.
 */
@RequestScoped
public class TenantContext {

    private TenantRef tenant;
    private boolean acrossTenants;

    public Optional<TenantRef> current() {
        return Optional.ofNullable(tenant);
    }

    /** The current tenant; calling this where none is set is a programming error. */
    public TenantRef require() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant is set for this unit of work");
        }
        return tenant;
    }

    public boolean isAcrossTenants() {
        return acrossTenants;
    }

    /** Fixes the tenant of the current request; called once, by the tenant filter. */
    public void enter(TenantRef tenant) {
        this.tenant = tenant;
    }

    /** Runs {@code work} for {@code tenant} and restores what was current before. */
    public <T> T callAs(TenantRef tenant, Supplier<T> work) {
        TenantRef previous = this.tenant;
        boolean previousAcross = this.acrossTenants;
        this.tenant = tenant;
        this.acrossTenants = false;
        try {
            return work.get();
        } finally {
            this.tenant = previous;
            this.acrossTenants = previousAcross;
        }
    }

    /**
     * Runs {@code work} with tenant filtering switched off. Only platform code calls this, from methods whose names
     * end in {@code AcrossTenants}.
     */
    public <T> T callAcrossTenants(Supplier<T> work) {
        TenantRef previous = this.tenant;
        boolean previousAcross = this.acrossTenants;
        this.tenant = null;
        this.acrossTenants = true;
        try {
            return work.get();
        } finally {
            this.tenant = previous;
            this.acrossTenants = previousAcross;
        }
    }
}
