package io.kervan.tenancy.application;

import io.kervan.tenancy.domain.Tenant;
import io.kervan.tenancy.domain.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The current shop's own settings, as its owner and admins edit them: the name, logo, colour and default language its
 * pages use, and how it holds paid money in escrow. A change shows on this node's pages at once, on other nodes within
 * {@code kervan.tenancy.cache-ttl}. A shop that never chose its escrow release window gets
 * {@code kervan.escrow.auto-release-days} (0: release on delivery).
 */
@Stateless
public class ShopSettings {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory directory;

    @Inject
    @ConfigProperty(name = "kervan.escrow.auto-release-days", defaultValue = "0")
    int defaultReleaseDays;

    public ShopSettingsView show() {
        return view(current());
    }

    /** Null fields stay as they are; an empty logo or colour goes back to the default theme. */
    public ShopSettingsView change(ShopSettingsChange change) {
        Tenant tenant = current();
        tenant.restyle(change.displayName(), change.logoUrl(), change.primaryColor(), change.defaultLocale());
        tenant.setEscrowTerms(change.escrowEnabled(), change.escrowAutoReleaseDays());
        directory.forget(tenant.slug());
        return view(tenant);
    }

    private ShopSettingsView view(Tenant tenant) {
        int days = tenant.escrowAutoReleaseDays() != null ? tenant.escrowAutoReleaseDays() : defaultReleaseDays;
        return ShopSettingsView.of(tenant, days > 0 ? days : null);
    }

    private Tenant current() {
        return tenants.findById(tenantContext.require().id()).orElseThrow();
    }
}
