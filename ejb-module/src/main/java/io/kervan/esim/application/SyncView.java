package io.kervan.esim.application;

import io.kervan.esim.domain.CatalogueSync;

import java.time.Instant;
import java.util.UUID;

/**
 * A catalogue sync as staff see it: how it ended and what it changed; who started it as it has always been shown
 * ({@code staff:…}, {@code schedule}), and the staff member's account id.
 */
public record SyncView(UUID id, String outcome, String startedBy, UUID startedById, UUID integrationId, int bundles,
                       int pages, int created, int updated, int deactivated, int unchanged, int skipped,
                       String message, Instant startedAt, long durationMs) {

    static SyncView of(CatalogueSync s) {
        CatalogueSync.Counts c = s.counts();
        return new SyncView(s.id(), s.outcome(), s.startedBy().label(), s.startedBy().id(), s.integrationId(),
                c.bundles(), c.pages(), c.created(), c.updated(), c.deactivated(), c.unchanged(), c.skipped(),
                s.message(), s.startedAt(), s.durationMs());
    }
}
