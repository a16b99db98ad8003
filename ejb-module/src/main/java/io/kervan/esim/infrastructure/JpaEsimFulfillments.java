package io.kervan.esim.infrastructure;

import io.kervan.esim.domain.EsimFulfillment;
import io.kervan.esim.domain.EsimFulfillments;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEsimFulfillments implements EsimFulfillments {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public void add(EsimFulfillment fulfillment) {
        em.persist(fulfillment);
    }

    @Override
    public Optional<EsimFulfillment> find(UUID id) {
        return entities.find(EsimFulfillment.class, id);
    }

    /** Read on every view of an order's page: it names the shop itself (see {@link TenantEntities#ownQuery}). */
    @Override
    public Optional<EsimFulfillment> findByOrder(UUID orderId) {
        return entities.ownQuery(session -> session.createQuery("select f from EsimFulfillment f "
                        + "where f.tenantId = :tenant and f.orderId = :order", EsimFulfillment.class)
                .setParameter("tenant", entities.tenantId())
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst());
    }

    @Override
    public boolean referenceRecorded(String providerReference) {
        return !em.createQuery("select f.id from EsimFulfillment f where f.providerReference = :reference", UUID.class)
                .setParameter("reference", providerReference)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
