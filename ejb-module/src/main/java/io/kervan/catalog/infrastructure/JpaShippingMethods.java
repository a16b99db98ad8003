package io.kervan.catalog.infrastructure;

import io.kervan.catalog.domain.ShippingMethod;
import io.kervan.catalog.domain.ShippingMethods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaShippingMethods implements ShippingMethods {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<ShippingMethod> find(UUID id) {
        return em.createQuery("select m from ShippingMethod m where m.id = :id", ShippingMethod.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ShippingMethod> list(boolean activeOnly) {
        return em.createQuery("select m from ShippingMethod m where m.active = true or :all = true "
                        + "order by m.price.amount, m.name", ShippingMethod.class)
                .setParameter("all", !activeOnly)
                .getResultList();
    }

    @Override
    public void add(ShippingMethod method) {
        em.persist(method);
    }
}
