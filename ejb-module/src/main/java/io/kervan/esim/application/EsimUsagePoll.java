package io.kervan.esim.application;

import io.kervan.esim.domain.Esims;
import io.kervan.esim.provider.EsimProvider;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.application.TenantDirectory;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Covers usage callbacks that never came: every minute, asks eSIM Go for the bundle status of eSIMs whose bundle is
 * not finished (depleted, expired, revoked, lapsed) and of which nothing was heard or asked for
 * {@code kervan.esim.usage-poll-interval} (PT1H; PT0S turns the poll off), at most
 * {@code kervan.esim.usage-poll-batch} of them per minute and node, least recently heard of first. Every node runs this
 * timer; each eSIM is claimed in the database first, so one node asks. Calls to eSIM Go are made outside any
 * transaction; each answer is recorded in a short one, as the eSIM's shop.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EsimUsagePoll {

    private static final Logger LOG = Logger.getLogger(EsimUsagePoll.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    EsimUsage usage;

    @Inject
    EsimGoConnections connections;

    @Inject
    EsimProvider esimGo;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = "kervan.esim.usage-poll-interval", defaultValue = "PT1H")
    Duration interval;

    @Inject
    @ConfigProperty(name = "kervan.esim.usage-poll-batch", defaultValue = "50")
    int batch;

    @Schedule(second = "40", minute = "*", hour = "*", persistent = false, info = "kervan-esim-usage-poll")
    void everyMinute() {
        // A slow eSIM Go can make a batch outlast the minute: the next tick on this node leaves it to finish.
        if (interval.isZero() || interval.isNegative() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            pollDueAcrossTenants(Instant.now(), interval, batch);
        } finally {
            running.set(false);
        }
    }

    /** @return how many eSIMs were asked about (answered or not) */
    public int pollDueAcrossTenants(Instant now, Duration every, int limit) {
        List<Esims.Due> due = usage.claimDueAcrossTenants(now, now.minus(every), limit);
        for (Esims.Due esim : due) {
            try {
                tenantContext.callAs(tenants.findById(esim.tenantId()), () -> {
                    usage.record(esim.esimId(), esimGo.bundleStatus(connections.current().account(), esim.iccid(),
                            esim.bundleName()));
                    return null;
                });
            } catch (RuntimeException failed) {
                // Asked again after the interval; the eSIM keeps what was last heard.
                LOG.warning(() -> "The usage of eSIM " + esim.esimId() + " of shop " + esim.tenantId()
                        + " could not be read now: " + failed.getClass().getSimpleName());
            }
        }
        return due.size();
    }
}
