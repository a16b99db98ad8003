package io.kervan.tenancy.application;

import io.kervan.tenancy.domain.Tenant;
import io.kervan.tenancy.domain.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The current shop's own settings, as its owner and admins edit them: the name, logo, colour and default language its
 * pages use. A change shows on this node's pages at once, on other nodes within {@code kervan.tenancy.cache-ttl}.
 */
@Stateless
public class ShopSettings {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory directory;

    public ShopSettingsView show() {
        return ShopSettingsView.of(current());
    }

    /** Null fields stay as they are; an empty logo or colour goes back to the default theme. */
    public ShopSettingsView change(ShopSettingsChange change) {
        Tenant tenant = current();
        tenant.restyle(change.displayName(), change.logoUrl(), change.primaryColor(), change.defaultLocale());
        directory.forget(tenant.slug());
        return ShopSettingsView.of(tenant);
    }

    private Tenant current() {
        return tenants.findById(tenantContext.require().id()).orElseThrow();
    }
}
