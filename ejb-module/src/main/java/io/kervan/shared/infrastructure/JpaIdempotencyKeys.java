package io.kervan.shared.infrastructure;

import io.kervan.shared.domain.IdempotencyKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keys live in {@code idempotency_keys}. The insert of a concurrent retry waits on the first request's row until
 * that transaction ends, then sees its outcome: two retries can never both create an order.
 */
@ApplicationScoped
public class JpaIdempotencyKeys implements IdempotencyKeys {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<Earlier> claim(Key key, String requestHash) {
        int inserted = em.createNativeQuery("insert into idempotency_keys (tenant_id, scope, key, request_hash, created_at) "
                        + "values (?1, ?2, ?3, ?4, now()) on conflict do nothing")
                .setParameter(1, key.tenantId())
                .setParameter(2, key.scope())
                .setParameter(3, key.value())
                .setParameter(4, requestHash)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, resource_id from idempotency_keys "
                        + "where tenant_id = ?1 and scope = ?2 and key = ?3")
                .setParameter(1, key.tenantId())
                .setParameter(2, key.scope())
                .setParameter(3, key.value())
                .getResultList();
        Object[] row = rows.get(0);
        return Optional.of(new Earlier((String) row[0], (UUID) row[1]));
    }

    @Override
    public void complete(Key key, UUID resourceId) {
        em.createNativeQuery("update idempotency_keys set resource_id = ?1 where tenant_id = ?2 and scope = ?3 "
                        + "and key = ?4")
                .setParameter(1, resourceId)
                .setParameter(2, key.tenantId())
                .setParameter(3, key.scope())
                .setParameter(4, key.value())
                .executeUpdate();
    }
}
