package io.kervan.tenancy.application;

import io.kervan.shared.application.ChangeSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Empties the {@link TenantDirectory} of a shop whose status or token version changed on any node (the
 * {@code tenants_changed} trigger of migration V19 announces its slug on {@code tenant_changes}), so a suspension, and
 * the end of the shop's tokens with it, reaches every node within milliseconds. While this node cannot hear, the
 * directory's own {@code kervan.tenancy.cache-ttl} bounds how long a change takes.
 */
@ApplicationScoped
public class TenantChanges implements ChangeSubscriber {

    @Inject
    TenantDirectory directory;

    @Override
    public String channel() {
        return "tenant_changes";
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void listening() {
        directory.forgetAll();
    }

    @Override
    public void heard(String slug) {
        directory.forget(slug);
    }

    @Override
    public void deaf() {
        // The directory's answers expire by themselves.
    }
}
