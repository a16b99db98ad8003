package io.kervan.jobs.application;

import jakarta.ejb.ApplicationException;

import java.time.Duration;

/**
 * Thrown by a {@link JobHandler} that is not finished but has not failed either (waiting for a provider to finish
 * its part, or keeping its own count of attempts and backoff): the job runs again after {@link #after()}, and the
 * attempt does not count against {@code kervan.jobs.max-attempts}. The handler's own transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class RetryLater extends RuntimeException {

    private final transient Duration after;

    public RetryLater(Duration after, String reason) {
        super(reason, null, false, false);
        this.after = after;
    }

    public Duration after() {
        return after;
    }
}
