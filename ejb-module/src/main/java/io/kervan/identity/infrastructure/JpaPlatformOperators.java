package io.kervan.identity.infrastructure;

import io.kervan.identity.domain.PlatformOperator;
import io.kervan.identity.domain.PlatformOperators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaPlatformOperators implements PlatformOperators {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<PlatformOperator> findByEmail(String email) {
        return em.createQuery("select o from PlatformOperator o where o.email = :email", PlatformOperator.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(PlatformOperator operator) {
        em.persist(operator);
    }
}
