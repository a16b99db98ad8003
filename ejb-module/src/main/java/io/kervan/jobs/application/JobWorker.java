package io.kervan.jobs.application;

import io.kervan.jobs.domain.Job;
import io.kervan.jobs.domain.Jobs;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.application.TenantDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Claims one due job with {@code FOR UPDATE SKIP LOCKED} (so nodes never run the same job at once), runs its handler
 * in a transaction of its own with the job's tenant set, and records the outcome. The claim is held until the outcome
 * is stored, so a crashed node's job becomes due again.
 */
@Stateless
public class JobWorker {

    private static final Logger LOG = Logger.getLogger(JobWorker.class.getName());

    @Inject
    Jobs jobs;

    @EJB
    JobExecutor executor;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = "kervan.jobs.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "kervan.jobs.first-backoff", defaultValue = "PT2S")
    Duration firstBackoff;

    /** @return whether a job was found (so the caller may ask for the next one) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean runOneDueJobAcrossTenants() {
        Optional<Job> due = jobs.claimNextDueAcrossTenants();
        if (due.isEmpty()) {
            return false;
        }
        Job job = due.get();
        try {
            if (job.tenantId() == null) {
                executor.execute(job.kind(), job.payload());
            } else {
                tenantContext.callAs(tenants.findById(job.tenantId()), () -> {
                    executor.execute(job.kind(), job.payload());
                    return null;
                });
            }
            job.succeeded();
        } catch (RetryLater later) {
            job.postpone(later.after(), later.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            job.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage(), maxAttempts, firstBackoff);
            LOG.log(Level.WARNING, "Job " + job.id() + " (" + job.kind() + ") failed, attempt " + job.attempts(), cause);
        }
        return true;
    }
}
