package io.kervan.tenancy.application;

import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.domain.ShopOwners;
import io.kervan.tenancy.domain.TenancyError;
import io.kervan.tenancy.domain.Tenant;
import io.kervan.tenancy.domain.TenantRef;
import io.kervan.tenancy.domain.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

/** Platform operators' use cases: open a shop with its owner, suspend it, bring it back. */
@Stateless
public class TenantAdministration {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory directory;

    @Inject
    ShopOwners owners;

    public TenantView open(NewTenant request) {
        Tenant tenant = new Tenant(request.slug(), request.displayName(), request.defaultCurrency(),
                request.defaultLocale());
        // The whole unit runs as the new tenant, so the persistence context it opens writes the owner into it.
        return tenantContext.callAs(tenant.ref(), () -> {
            if (tenants.slugExists(tenant.slug())) {
                throw new KervanException(TenancyError.SLUG_TAKEN,
                        "The subdomain '" + tenant.slug() + "' is already taken; choose another slug");
            }
            tenants.add(tenant);
            owners.open(request.ownerEmail(), request.ownerPassword(), request.ownerFullName());
            return TenantView.of(tenant);
        });
    }

    public TenantView suspend(String slug) {
        Tenant tenant = load(slug);
        tenant.suspend();
        directory.forget(slug);
        return TenantView.of(tenant);
    }

    public TenantView activate(String slug) {
        Tenant tenant = load(slug);
        tenant.activate();
        directory.forget(slug);
        return TenantView.of(tenant);
    }

    public List<TenantView> list() {
        return tenants.listAll().stream().map(TenantView::of).toList();
    }

    public boolean exists(String slug) {
        return tenants.slugExists(slug);
    }

    public TenantRef ref(String slug) {
        return load(slug).ref();
    }

    public TenantView get(String slug) {
        return TenantView.of(load(slug));
    }

    private Tenant load(String slug) {
        return tenants.findBySlug(slug).orElseThrow(() -> new KervanException(TenancyError.TENANT_NOT_FOUND,
                "There is no tenant with the slug '" + slug + "'"));
    }
}
