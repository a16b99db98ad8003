package io.kervan.esim.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The log of the current shop's catalogue syncs, and when each shop's next scheduled sync is due. */
public interface CatalogueSyncs {

    void record(CatalogueSync run);

    /** The latest runs, newest first. */
    List<CatalogueSync> recent(int limit);

    /**
     * Claims a shop's scheduled sync if it is due at {@code now} (a shop seen for the first time is due at once) and
     * moves its next one {@code interval} on. Only one caller gets a given claim, whatever the number of nodes.
     */
    boolean claimDueAcrossTenants(UUID tenantId, Instant now, Duration interval);

    /** When the current shop's next scheduled sync is due; empty for a shop the schedule has not seen yet. */
    Optional<Instant> nextSyncAt();

    /** After a sync started by hand: the next scheduled one comes {@code interval} after {@code now}. */
    void postpone(Instant now, Duration interval);
}
