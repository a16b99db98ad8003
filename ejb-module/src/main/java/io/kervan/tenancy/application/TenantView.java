package io.kervan.tenancy.application;

import io.kervan.tenancy.domain.Tenant;

import java.time.Instant;
import java.util.UUID;

/** What the platform API shows of a tenant. */
public record TenantView(UUID id, String slug, String displayName, String status, String defaultCurrency,
                         String defaultLocale, Instant createdAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.id(), tenant.slug(), tenant.displayName(),
                tenant.status().name().toLowerCase(java.util.Locale.ROOT), tenant.defaultCurrency(),
                tenant.defaultLocale(), tenant.createdAt());
    }
}
