package io.kervan.esim.infrastructure;

import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.Esims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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
    public Optional<Esim> lockByIccid(String iccid) {
        return em.createQuery("select e from Esim e where e.iccid = :iccid", Esim.class)
                .setParameter("iccid", iccid)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private static Owned owned(Object[] row) {
        return new Owned((Esim) row[0], (String) row[1]);
    }
}
