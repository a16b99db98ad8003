package io.kervan.esim.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of the eSIM Go catalogue sync as staff read it afterwards: who or what started it, how it ended, what it
 * changed (bundles new, changed, withdrawn, unchanged, skipped) and how long it took. A failed run says why and
 * changed nothing.
 */
@Entity
@Table(name = "esim_catalogue_syncs")
public class CatalogueSync extends TenantOwned {

    /** What a run changed; bundles Kervan could not take (a name too long for a SKU, no price) are skipped. */
    public record Counts(int bundles, int pages, int created, int updated, int deactivated, int unchanged,
                         int skipped) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    }

    @Column(name = "integration_id", updatable = false)
    private UUID integrationId;

    @Embedded
    private Actor startedBy;

    @Column(nullable = false, updatable = false)
    private String outcome;

    @Column(nullable = false, updatable = false)
    private int bundles;

    @Column(nullable = false, updatable = false)
    private int pages;

    @Column(nullable = false, updatable = false)
    private int created;

    @Column(nullable = false, updatable = false)
    private int updated;

    @Column(nullable = false, updatable = false)
    private int deactivated;

    @Column(nullable = false, updatable = false)
    private int unchanged;

    @Column(nullable = false, updatable = false)
    private int skipped;

    @Column(updatable = false)
    private String message;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    protected CatalogueSync() {
        // for JPA
    }

    private CatalogueSync(UUID integrationId, Actor startedBy, String outcome, Counts counts, String message,
                          Instant startedAt) {
        super(UUID.randomUUID());
        this.integrationId = integrationId;
        this.startedBy = startedBy;
        this.outcome = outcome;
        this.bundles = counts.bundles();
        this.pages = counts.pages();
        this.created = counts.created();
        this.updated = counts.updated();
        this.deactivated = counts.deactivated();
        this.unchanged = counts.unchanged();
        this.skipped = counts.skipped();
        this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
        this.startedAt = startedAt;
        this.durationMs = Duration.between(startedAt, Instant.now()).toMillis();
    }

    public static CatalogueSync succeeded(UUID integrationId, Actor startedBy, Counts counts, Instant startedAt) {
        return new CatalogueSync(integrationId, startedBy, "succeeded", counts, null, startedAt);
    }

    /** A run that changed nothing, and why (never a key: messages come from Kervan's own exceptions). */
    public static CatalogueSync failed(UUID integrationId, Actor startedBy, Counts fetched, String reason,
                                       Instant startedAt) {
        Counts nothingWritten = new Counts(fetched.bundles(), fetched.pages(), 0, 0, 0, 0, 0);
        return new CatalogueSync(integrationId, startedBy, "failed", nothingWritten, reason, startedAt);
    }

    public UUID integrationId() {
        return integrationId;
    }

    public Actor startedBy() {
        return startedBy;
    }

    public String outcome() {
        return outcome;
    }

    public Counts counts() {
        return new Counts(bundles, pages, created, updated, deactivated, unchanged, skipped);
    }

    public String message() {
        return message;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long durationMs() {
        return durationMs;
    }
}
