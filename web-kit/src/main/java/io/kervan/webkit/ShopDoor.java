package io.kervan.webkit;

import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.application.TenantDirectory;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The pages' door, as {@code TenantFilter} is the API's: the Host header names the shop, which must be active; the
 * request then works for it. Pages answer only on a shop's host.
 */
@ApplicationScoped
public class ShopDoor {

    @Inject
    HostNames hostNames;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantContext tenantContext;

    /** The shop this host belongs to, now the request's tenant; empty for an unknown or suspended shop. */
    public Optional<TenantRef> enter(String hostHeader) {
        if (!(hostNames.classify(hostHeader) instanceof HostNames.Shop shop)) {
            return Optional.empty();
        }
        Optional<TenantRef> tenant = directory.findActive(shop.slug());
        tenant.ifPresent(tenantContext::enter);
        return tenant;
    }
}
