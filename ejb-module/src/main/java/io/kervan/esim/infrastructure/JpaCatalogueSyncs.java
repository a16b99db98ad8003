package io.kervan.esim.infrastructure;

import io.kervan.esim.domain.CatalogueSync;
import io.kervan.esim.domain.CatalogueSyncs;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCatalogueSyncs implements CatalogueSyncs {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Override
    public void record(CatalogueSync run) {
        em.persist(run);
    }

    @Override
    public List<CatalogueSync> recent(int limit) {
        return em.createQuery("select s from CatalogueSync s order by s.startedAt desc", CatalogueSync.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claimDueAcrossTenants(UUID tenantId, Instant now, Duration interval) {
        // One statement: a first sight inserts (due at once), a due row moves on; a row not due is left alone and
        // counts 0, as does a row another node moved on a moment ago.
        return em.createNativeQuery("insert into esim_catalogue_schedule (tenant_id, next_sync_at) values (?1, ?3) "
                        + "on conflict (tenant_id) do update set next_sync_at = excluded.next_sync_at "
                        + "where esim_catalogue_schedule.next_sync_at <= ?2")
                .setParameter(1, tenantId)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(interval)))
                .executeUpdate() == 1;
    }

    @Override
    public Optional<Instant> nextSyncAt() {
        return em.createNativeQuery("select next_sync_at from esim_catalogue_schedule where tenant_id = ?1",
                        Instant.class)
                .setParameter(1, tenantContext.require().id())
                .getResultStream().findFirst().map(Instant.class::cast);
    }

    @Override
    public void postpone(Instant now, Duration interval) {
        em.createNativeQuery("insert into esim_catalogue_schedule (tenant_id, next_sync_at) values (?1, ?2) "
                        + "on conflict (tenant_id) do update set next_sync_at = excluded.next_sync_at")
                .setParameter(1, tenantContext.require().id())
                .setParameter(2, Timestamp.from(now.plus(interval)))
                .executeUpdate();
    }
}
