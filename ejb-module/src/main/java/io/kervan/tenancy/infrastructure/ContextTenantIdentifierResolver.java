package io.kervan.tenancy.infrastructure;

import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import java.util.UUID;

/**
 * Tells Hibernate which tenant a new persistence context belongs to, from {@link TenantContext}. Every entity with a
 * {@code @TenantId} attribute is then written with that tenant and read only for it.
 *
 * <p>Without a tenant the answer is {@link #NO_TENANT}, which matches no row and cannot be written (the foreign key to
 * {@code tenants} refuses it): forgetting to set a tenant shows nothing instead of everything. Only
 * {@link TenantContext#callAcrossTenants} yields {@link #ACROSS_TENANTS}, the root that sees all.
 */
public class ContextTenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID> {

    public static final UUID NO_TENANT = new UUID(0L, 0L);
    public static final UUID ACROSS_TENANTS = new UUID(-1L, -1L);

    /**
     * {@link TenantContext}'s client proxy, which always reaches the current request's instance. Looked up once:
     * WildFly's {@code CDI.current()} walks the caller's stack to find its deployment, too costly to repeat for every
     * new persistence context.
     */
    private volatile TenantContext tenantContext;

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        try {
            TenantContext context = tenantContext();
            if (context.isAcrossTenants()) {
                return ACROSS_TENANTS;
            }
            return context.current().map(TenantRef::id).orElse(NO_TENANT);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return NO_TENANT;
        }
    }

    private TenantContext tenantContext() {
        TenantContext known = tenantContext;
        if (known == null) {
            known = CDI.current().select(TenantContext.class).get();
            tenantContext = known;
        }
        return known;
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(UUID tenantId) {
        return ACROSS_TENANTS.equals(tenantId);
    }
}
