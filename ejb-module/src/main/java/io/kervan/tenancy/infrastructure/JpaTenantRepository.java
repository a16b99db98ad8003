package io.kervan.tenancy.infrastructure;

import io.kervan.tenancy.domain.Tenant;
import io.kervan.tenancy.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Tenant> findById(java.util.UUID id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    @Override
    public boolean slugExists(String slug) {
        return findBySlug(slug).isPresent();
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(tenant);
    }

    @Override
    public List<Tenant> listAll() {
        return em.createQuery("select t from Tenant t order by t.createdAt", Tenant.class).getResultList();
    }
}
