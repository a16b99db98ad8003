package io.kervan.jobs.domain;

import java.util.Optional;

/** The durable job table: what is queued, and the claim of the next job due. */
public interface Jobs {

    /** Queues a job in the caller's transaction, so it exists only if that transaction commits (an outbox). */
    void add(Job job);

    /**
     * Platform work: the job due first, of any shop, locked for the caller's transaction; a job another node holds is
     * passed over ({@code FOR UPDATE SKIP LOCKED}), so no two nodes run one job at once. Empty when none is due.
     */
    Optional<Job> claimNextDueAcrossTenants();
}
