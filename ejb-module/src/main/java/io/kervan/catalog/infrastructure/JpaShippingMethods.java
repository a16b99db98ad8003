package io.kervan.catalog.infrastructure;

import io.kervan.catalog.domain.ShippingMethod;
import io.kervan.catalog.domain.ShippingMethods;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaShippingMethods implements ShippingMethods {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public Optional<ShippingMethod> find(UUID id) {
        return entities.find(ShippingMethod.class, id);
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
