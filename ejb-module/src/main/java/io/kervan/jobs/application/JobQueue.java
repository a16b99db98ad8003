package io.kervan.jobs.application;

import io.kervan.jobs.domain.Job;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Enqueues work in the caller's transaction (an outbox): it runs only if that transaction commits. */
@ApplicationScoped
public class JobQueue {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    public void enqueue(String kind, String payload) {
        em.persist(new Job(tenantContext.current().map(TenantRef::id).orElse(null), kind, payload));
    }
}
