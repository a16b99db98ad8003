package io.kervan.jobs.infrastructure;

import io.kervan.jobs.domain.Job;
import io.kervan.jobs.domain.Jobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJobs implements Jobs {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public void add(Job job) {
        em.persist(job);
    }

    @Override
    public Optional<Job> claimNextDueAcrossTenants() {
        @SuppressWarnings("unchecked")
        List<Job> due = em.createNativeQuery("select * from jobs where status = 'PENDING' and run_after <= now() "
                        + "order by run_after limit 1 for update skip locked", Job.class)
                .getResultList();
        return due.stream().findFirst();
    }
}
