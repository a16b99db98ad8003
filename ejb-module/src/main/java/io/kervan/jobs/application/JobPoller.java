package io.kervan.jobs.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.atomic.AtomicBoolean;

/** Every second, works through the due jobs. Each node polls; SKIP LOCKED keeps them from doing a job twice. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobPoller {

    private static final int MAX_JOBS_PER_TICK = 200;
    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    JobWorker worker;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "kervan-job-poller")
    void poll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int i = 0; i < MAX_JOBS_PER_TICK && worker.runOneDueJobAcrossTenants(); i++) {
                // next job
            }
        } finally {
            running.set(false);
        }
    }
}
