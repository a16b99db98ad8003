package io.kervan.web.tenancy;

import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.application.TenantDirectory;
import io.kervan.tenancy.domain.TenancyError;
import io.kervan.webkit.HostNames;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The door: fixes the request's tenant from its Host header before anything else runs. A shop's endpoints answer
 * only on an active shop's subdomain, the platform's ({@code /api/platform/...}) only on the bare domain; an unknown
 * or suspended shop is a 404 that does not say which of the two it is.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class TenantFilter implements ContainerRequestFilter {

    @Inject
    HostNames hostNames;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantContext tenantContext;

    @Override
    public void filter(ContainerRequestContext request) {
        boolean platformPath = request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("platform");
        HostNames.Landing landing = hostNames.classify(request.getHeaderString("Host"));
        if (landing instanceof HostNames.Shop shop) {
            if (platformPath) {
                throw new KervanException(TenancyError.WRONG_HOST,
                        "Platform endpoints answer on the bare base domain, not on a shop's subdomain");
            }
            tenantContext.enter(directory.findActive(shop.slug()).orElseThrow(() -> new KervanException(
                    TenancyError.TENANT_NOT_FOUND, "No shop answers at " + shop.slug() + "; check the address")));
        } else if (landing instanceof HostNames.Platform) {
            if (!platformPath) {
                throw new KervanException(TenancyError.WRONG_HOST,
                        "This endpoint belongs to a shop: call it on the shop's subdomain, e.g. demo.localhost");
            }
        } else {
            throw new KervanException(TenancyError.TENANT_NOT_FOUND, "No shop answers at this address");
        }
    }
}
