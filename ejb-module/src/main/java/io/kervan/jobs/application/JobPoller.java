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

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, works through the due jobs with {@code kervan.jobs.workers} workers at once (on the server's managed
 * executor), so one slow mail server or provider does not hold up every other job. Each node polls; SKIP LOCKED keeps
 * workers and nodes from doing a job twice. A tick ends when its workers find nothing due, so ticks never overlap; the
 * timer does not wait for them (a later tick that finds them still at work simply returns).
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
        int count = Math.max(workers, 1);
        AtomicInteger active = new AtomicInteger(count);
        try {
            for (int i = 0; i < count; i++) {
                executor.submit(() -> {
                    try {
                        drain();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "A job worker stopped", e);
                    } finally {
                        if (active.decrementAndGet() == 0) {
                            running.set(false);
                        }
                    }
                });
            }
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "The managed executor took no job worker", e);
            running.set(false);
        }
    }

    private void drain() {
        for (int i = 0; i < MAX_JOBS_PER_WORKER_AND_TICK && worker.runOneDueJobAcrossTenants(); i++) {
            // next job
        }
    }
}
