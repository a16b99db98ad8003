package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.Customer;
import io.kervan.identity.domain.Customers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaCustomers implements Customers {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<Customer> findByEmail(String email) {
        return em.createQuery("select c from Customer c where c.email = :email", Customer.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }
}
