package io.kervan.it.support;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * The server's durable jobs (mail, fulfillment, webhooks), as tests wait for them. Work that follows a request is
 * enqueued in the request's own transaction, so once a shop has no pending job, everything its requests set in motion
 * has happened: the way to show that something did NOT happen (no second mail, no second order) without sleeping.
 */
public final class BackgroundJobs {

    private static final Duration AT_MOST = Duration.ofSeconds(60);

    private BackgroundJobs() {
    }

    /** Waits until every job of the shop {@code slug} has run (succeeded, or failed for good). */
    public static void awaitAllRun(String slug) {
        await("every job of " + slug + " has run").atMost(AT_MOST).pollInterval(Duration.ofMillis(100))
                .until(() -> Database.count("select count(*) from jobs j join tenants t on t.id = j.tenant_id "
                        + "where t.slug = ? and j.status = 'PENDING'", slug) == 0);
    }
}
