package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.Customer;
import io.kervan.identity.domain.Customers;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCustomers implements Customers {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantEntities entities;

    @Override
    public Optional<Customer> find(UUID id) {
        return entities.find(Customer.class, id);
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return em.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Customer> findByTelegramUserId(long telegramUserId) {
        return em.createQuery("select c from Customer c where c.telegram.userId = :id", Customer.class)
                .setParameter("id", telegramUserId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }
}
