package io.kervan.jobs.application;

import io.kervan.jobs.domain.Job;
import io.kervan.jobs.domain.Jobs;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Enqueues work in the caller's transaction (an outbox): it runs only if that transaction commits. */
@ApplicationScoped
public class JobQueue {

    @Inject
    Jobs jobs;

    @Inject
    TenantContext tenantContext;

    public void enqueue(String kind, String payload) {
        jobs.add(new Job(tenantContext.current().map(TenantRef::id).orElse(null), kind, payload));
    }
}
