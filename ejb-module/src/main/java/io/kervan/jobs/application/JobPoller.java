package io.kervan.jobs.application;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Every second, works through the due jobs with {@code kervan.jobs.workers} workers at once (on the server's managed
 * executor), so one slow mail server or provider does not hold up every other job. Each node polls; SKIP LOCKED keeps
 * workers and nodes from doing a job twice. A tick ends when its workers find nothing due, so ticks never overlap.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobPoller {

    private static final Logger LOG = Logger.getLogger(JobPoller.class.getName());
    private static final int MAX_JOBS_PER_WORKER_AND_TICK = 200;
    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    JobWorker worker;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "kervan.jobs.workers", defaultValue = "4")
    int workers;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "kervan-job-poller")
    void poll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Future<?>> drains = IntStream.range(0, Math.max(workers, 1))
                    .<Future<?>>mapToObj(i -> executor.submit(this::drain))
                    .toList();
            for (Future<?> drain : drains) {
                drain.get();
            }
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "A job worker stopped", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(false);
        }
    }

    private void drain() {
        for (int i = 0; i < MAX_JOBS_PER_WORKER_AND_TICK && worker.runOneDueJobAcrossTenants(); i++) {
            // next job
        }
    }
}
