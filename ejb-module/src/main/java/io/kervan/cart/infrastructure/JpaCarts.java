package io.kervan.cart.infrastructure;

import io.kervan.cart.domain.Cart;
import io.kervan.cart.domain.Carts;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCarts implements Carts {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public Optional<Cart> find(UUID id) {
        return entities.find(Cart.class, id);
    }

    @Override
    public Optional<Cart> findByCustomer(UUID customerId) {
        return em.createQuery("select c from Cart c where c.customerId = :customer", Cart.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Cart cart) {
        em.persist(cart);
    }

    @Override
    public void remove(Cart cart) {
        em.remove(cart);
    }
}
