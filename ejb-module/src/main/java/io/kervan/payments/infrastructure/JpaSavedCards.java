package io.kervan.payments.infrastructure;

import io.kervan.payments.domain.CardOwner;
import io.kervan.payments.domain.SavedCard;
import io.kervan.payments.domain.SavedCards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSavedCards implements SavedCards {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public void add(SavedCard card) {
        em.persist(card);
    }

    @Override
    public Optional<SavedCard> find(UUID id) {
        return Optional.ofNullable(em.find(SavedCard.class, id));
    }

    @Override
    public List<SavedCard> ofCustomer(UUID customerId) {
        return em.createQuery("select c from SavedCard c where c.customerId = :customer order by c.createdAt, c.id",
                        SavedCard.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    @Override
    public List<SavedCard> ofCustomer(UUID customerId, UUID integrationId) {
        return em.createQuery("select c from SavedCard c where c.customerId = :customer "
                        + "and c.integrationId = :integration order by c.createdAt, c.id", SavedCard.class)
                .setParameter("customer", customerId)
                .setParameter("integration", integrationId)
                .getResultList();
    }

    @Override
    public void remove(SavedCard card) {
        em.remove(card);
    }

    @Override
    public Optional<CardOwner> owner(UUID customerId, UUID integrationId) {
        return em.createQuery("select o from CardOwner o where o.customerId = :customer "
                        + "and o.integrationId = :integration", CardOwner.class)
                .setParameter("customer", customerId)
                .setParameter("integration", integrationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addOwner(CardOwner owner) {
        em.persist(owner);
    }
}
