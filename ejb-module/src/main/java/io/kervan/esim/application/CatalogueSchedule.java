package io.kervan.esim.application;

import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.Actor;
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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Every minute, syncs the eSIM Go catalogue of each active shop with an eSIM Go integration (test mode or live) whose
 * sync is due: every {@code kervan.esim.catalogue-sync-interval} (PT6H; PT0S turns the schedule off), counted from the
 * last sync, by hand or scheduled; a shop seen for the first time is due at once. Every node runs this timer; a shop's
 * sync is claimed in the database first, so one node does it. Each shop is synced as itself, and a failure is in its
 * sync log.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueSchedule {

    private static final Logger LOG = Logger.getLogger(CatalogueSchedule.class.getName());
    private static final Actor SCHEDULE = Actor.system("schedule");

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    IntegrationRegistry integrations;

    @EJB
    CatalogueSyncLog log;

    @EJB
    EsimCatalogueSync sync;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = "kervan.esim.catalogue-sync-interval", defaultValue = "PT6H")
    Duration interval;

    @Schedule(second = "20", minute = "*", hour = "*", persistent = false, info = "kervan-esim-catalogue-sync")
    void everyMinute() {
        // A sync may take longer than a minute: the next tick on this node leaves it to finish.
        if (interval.isZero() || interval.isNegative() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            syncDueAcrossTenants(Instant.now(), interval);
        } finally {
            running.set(false);
        }
    }

    /** @return how many shops were synced (successfully or not) */
    public int syncDueAcrossTenants(Instant now, Duration every) {
        int synced = 0;
        for (UUID tenantId : integrations.tenantsConnectedAcrossTenants(ProviderType.ESIMGO)) {
            if (!log.claimDueAcrossTenants(tenantId, now, every)) {
                continue;
            }
            synced++;
            try {
                tenantContext.callAs(tenants.findById(tenantId), () -> sync.sync(SCHEDULE));
            } catch (RuntimeException failed) {
                LOG.warning(() -> "The eSIM Go catalogue of shop " + tenantId + " could not be synced now: "
                        + failed.getClass().getSimpleName());
            }
        }
        return synced;
    }
}
