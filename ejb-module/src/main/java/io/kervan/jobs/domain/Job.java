package io.kervan.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A unit of background work, stored in the same transaction as the change that causes it (so it happens if and
 * only if that change commits), and done later by whichever node claims it. The tenant is a plain column: the poller
 * works across tenants and sets each job's tenant before running it.
 */
@Entity
@Table(name = "jobs")
public class Job {

    public enum Status { PENDING, DONE, FAILED }

    @Id
    private UUID id;

    @Column(name = "tenant_id", updatable = false)
    private UUID tenantId;

    @Column(nullable = false, length = 60, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "run_after", nullable = false)
    private Instant runAfter;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Job() {
        // for JPA
    }

    public Job(UUID tenantId, String kind, String payload) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.kind = kind;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = Instant.now();
        this.runAfter = createdAt;
    }

    public void succeeded() {
        attempts++;
        status = Status.DONE;
        finishedAt = Instant.now();
        lastError = null;
    }

    /** Schedules a retry with exponential backoff, or gives up after {@code maxAttempts}. */
    public void failed(String error, int maxAttempts, Duration firstBackoff) {
        attempts++;
        lastError = error == null ? "failed" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            finishedAt = Instant.now();
        } else {
            runAfter = Instant.now().plus(firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        }
    }

    /** Runs the job again after {@code delay}, without counting an attempt (see {@code RetryLater}). */
    public void postpone(Duration delay, String reason) {
        runAfter = Instant.now().plus(delay);
        lastError = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String kind() {
        return kind;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }
}
