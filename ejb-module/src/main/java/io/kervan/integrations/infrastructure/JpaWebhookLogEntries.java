package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.WebhookLogEntries;
import io.kervan.integrations.domain.WebhookLogEntry;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class JpaWebhookLogEntries implements WebhookLogEntries {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public void add(WebhookLogEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<WebhookLogEntry> recent(UUID integrationId, int limit) {
        return em.createQuery("select e from WebhookLogEntry e where e.integrationId = :integration "
                        + "order by e.receivedAt desc", WebhookLogEntry.class)
                .setParameter("integration", integrationId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<WebhookLogEntry> search(UUID integrationId, Boolean failed, Instant from, Instant to, int limit) {
        StringBuilder jpql = new StringBuilder("select e from WebhookLogEntry e where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (integrationId != null) {
            jpql.append(" and e.integrationId = :integration");
            parameters.put("integration", integrationId);
        }
        if (failed != null) {
            jpql.append(failed ? " and e.httpStatus >= 400" : " and e.httpStatus < 400");
        }
        if (from != null) {
            jpql.append(" and e.receivedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            jpql.append(" and e.receivedAt < :to");
            parameters.put("to", to);
        }
        var query = em.createQuery(jpql + " order by e.receivedAt desc", WebhookLogEntry.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The dashboard asks this on every view: it names the shop itself (see {@link TenantEntities#ownQuery}). */
    @Override
    public long countFailedSince(Instant since) {
        return entities.ownQuery(session -> session.createQuery("select count(e) from WebhookLogEntry e "
                        + "where e.tenantId = :tenant and e.receivedAt >= :since and e.httpStatus >= 400", Long.class)
                .setParameter("tenant", entities.tenantId())
                .setParameter("since", since)
                .getSingleResult());
    }

    @Override
    public void purgeReceivedBeforeAcrossTenants(Instant cutoff) {
        em.createNativeQuery("delete from webhook_log where received_at < ?1")
                .setParameter(1, Timestamp.from(cutoff))
                .executeUpdate();
    }
}
