package io.kervan.esim.infrastructure;

import io.kervan.esim.domain.Esim;
import io.kervan.esim.domain.Esims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaEsims implements Esims {

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
}
