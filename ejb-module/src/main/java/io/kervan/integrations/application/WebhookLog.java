package io.kervan.integrations.application;

import io.kervan.integrations.domain.WebhookLogEntry;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The log of every webhook delivery. Entries are written in their own transaction, so a delivery that is refused or
 * fails is logged all the same; entries older than 30 days are purged daily.
 */
@Stateless
public class WebhookLog {

    public static final Duration RETENTION = Duration.ofDays(30);

    public record View(UUID id, UUID integrationId, String provider, String eventId, String eventType,
                       String sourceAddress, String headers, String bodySha256, String outcome, int httpStatus,
                       int durationMs, Instant receivedAt) {
    }

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(WebhookLogEntry entry) {
        em.persist(entry);
    }

    public List<View> recent(UUID integrationId, int limit) {
        return em.createQuery("select e from WebhookLogEntry e where e.integrationId = :integration "
                        + "order by e.receivedAt desc", WebhookLogEntry.class)
                .setParameter("integration", integrationId)
                .setMaxResults(limit)
                .getResultList().stream().map(WebhookLog::view).toList();
    }

    /**
     * The newest deliveries, at most {@code limit}, of one integration (null: all of the shop's), refused or failed
     * only ({@code failed} true: answered with a 4xx or 5xx), answered ones only (false) or both (null), received in
     * {@code [from, to)} (either may be null).
     */
    public List<View> search(UUID integrationId, Boolean failed, Instant from, Instant to, int limit) {
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
        return query.getResultList().stream().map(WebhookLog::view).toList();
    }

    private static View view(WebhookLogEntry e) {
        return new View(e.id(), e.integrationId(), e.provider(), e.eventId(), e.eventType(), e.sourceAddress(),
                e.headers(), e.bodySha256(), e.outcome(), e.httpStatus(), e.durationMs(), e.receivedAt());
    }

    /** How many deliveries since {@code since} were refused or failed (answered with a 4xx or 5xx). */
    public long countFailedSince(Instant since) {
        return em.createQuery("select count(e) from WebhookLogEntry e where e.receivedAt >= :since "
                        + "and e.httpStatus >= 400", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Platform housekeeping across all shops. */
    @Schedule(hour = "3", minute = "17", persistent = false, info = "kervan-webhook-log-retention")
    public void purgeExpiredAcrossTenants() {
        em.createNativeQuery("delete from webhook_log where received_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(RETENTION)))
                .executeUpdate();
    }
}
