package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.WebhookLogEntries;
import io.kervan.integrations.domain.WebhookLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaWebhookLogEntries implements WebhookLogEntries {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

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
    public void purgeReceivedBeforeAcrossTenants(Instant cutoff) {
        em.createNativeQuery("delete from webhook_log where received_at < ?1")
                .setParameter(1, Timestamp.from(cutoff))
                .executeUpdate();
    }
}
