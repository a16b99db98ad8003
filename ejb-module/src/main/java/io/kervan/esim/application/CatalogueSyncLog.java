package io.kervan.esim.application;

import io.kervan.esim.domain.CatalogueSync;
import io.kervan.esim.domain.CatalogueSyncs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The log staff read of the shop's catalogue syncs. Runs are recorded in a transaction of their own, so a sync that
 * failed (and wrote nothing else) is logged all the same.
 */
@Stateless
public class CatalogueSyncLog {

    @Inject
    CatalogueSyncs syncs;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SyncView record(CatalogueSync run) {
        syncs.record(run);
        return SyncView.of(run);
    }

    public List<SyncView> recent(int limit) {
        return syncs.recent(limit).stream().map(SyncView::of).toList();
    }

    /** When the schedule syncs the shop next: see {@link CatalogueSyncs#nextSyncAt}. */
    public Optional<Instant> nextScheduled() {
        return syncs.nextSyncAt();
    }

    /** Platform work for the timer: see {@link CatalogueSyncs#claimDueAcrossTenants}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimDueAcrossTenants(UUID tenantId, Instant now, Duration interval) {
        return syncs.claimDueAcrossTenants(tenantId, now, interval);
    }
}
