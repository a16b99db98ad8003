package io.kervan.esim.infrastructure;

import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.Esims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEsims implements Esims {

    // An entity join: Hibernate 6.6 writes the tenant filter of a cross join ("from Esim e, Order o") as broken SQL.
    private static final String OWNED = "select e, o.orderNumber from Esim e join Order o on o.id = e.orderId "
            + "where e.customerId = :customer";

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public void add(Esim esim) {
        em.persist(esim);
    }

    @Override
    public List<Esim> ofOrder(UUID orderId) {
        return em.createQuery("select e from Esim e where e.orderId = :order order by e.createdAt, e.iccid", Esim.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    @Override
    public List<Owned> ofCustomer(UUID customerId, int limit) {
        return em.createQuery(OWNED + " order by e.createdAt desc, e.iccid", Object[].class)
                .setParameter("customer", customerId)
                .setMaxResults(limit)
                .getResultStream().map(JpaEsims::owned).toList();
    }

    @Override
    public Optional<Owned> ofCustomer(UUID customerId, UUID esimId) {
        return em.createQuery(OWNED + " and e.id = :id", Object[].class)
                .setParameter("customer", customerId)
                .setParameter("id", esimId)
                .getResultStream().findFirst().map(JpaEsims::owned);
    }

    @Override
    public Optional<Esim> lock(UUID esimId) {
        return em.createQuery("select e from Esim e where e.id = :id", Esim.class)
                .setParameter("id", esimId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Esim> lockByIccid(String iccid) {
        return em.createQuery("select e from Esim e where e.iccid = :iccid", Esim.class)
                .setParameter("iccid", iccid)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<Due> claimUsageDueAcrossTenants(Instant now, Instant checkedBefore, int limit) {
        // One statement: the rows are picked and marked together, and rows another node holds are passed over.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("update esims set usage_checked_at = ?1 where id in ("
                        + "select e.id from esims e join tenants t on t.id = e.tenant_id and t.status = 'ACTIVE' "
                        + "where (e.bundle_state is null or e.bundle_state not in ('depleted', 'expired', 'revoked', "
                        + "'lapsed')) and coalesce(greatest(e.usage_updated_at, e.usage_checked_at), '-infinity') < ?2 "
                        + "order by coalesce(greatest(e.usage_updated_at, e.usage_checked_at), e.created_at) "
                        + "limit ?3 for update of e skip locked) returning tenant_id, id, iccid, bundle_name")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(checkedBefore))
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Due((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3])).toList();
    }

    private static Owned owned(Object[] row) {
        return new Owned((Esim) row[0], (String) row[1]);
    }
}
