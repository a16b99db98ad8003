package io.kervan.esim.infrastructure;

import io.kervan.esim.domain.EsimBundle;
import io.kervan.esim.domain.EsimBundles;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEsimBundles implements EsimBundles {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Override
    public void lockForSync() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext('esim-catalogue-sync'), "
                        + "hashtext(?1))) l")
                .setParameter(1, tenantContext.require().id().toString())
                .getSingleResult();
    }

    @Override
    public List<EsimBundle> all() {
        return em.createQuery("select b from EsimBundle b", EsimBundle.class).getResultList();
    }

    @Override
    public void add(EsimBundle bundle) {
        em.persist(bundle);
    }

    /*
     * Native SQL naming the tenant: the storefront asks this on every plan it shows, and Hibernate 6.6 translates
     * queries that carry the @TenantId filter anew each time (see JpaProducts). EsimCatalogueIT proves shops stay
     * apart.
     */
    @Override
    public List<EsimBundle> offeredFor(String country, Integer dataMb, Integer days, int limit) {
        var query = em.createNativeQuery("select * from esim_bundles where tenant_id = :tenant and offered "
                        + "and cast(:country as varchar) = any(countries)"
                        + (dataMb == null ? "" : " and data_mb = :dataMb")
                        + (days == null ? "" : " and duration_days = :days")
                        + " order by cost_amount, name limit :limit", EsimBundle.class)
                .setParameter("tenant", tenantContext.require().id())
                .setParameter("country", country)
                .setParameter("limit", limit);
        if (dataMb != null) {
            query.setParameter("dataMb", dataMb);
        }
        if (days != null) {
            query.setParameter("days", days);
        }
        @SuppressWarnings("unchecked")
        List<EsimBundle> bundles = query.getResultList();
        return bundles;
    }

    @Override
    public Optional<EsimBundle> findByName(String name) {
        return em.createQuery("select b from EsimBundle b where b.name = :name", EsimBundle.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<EsimBundle> findByProduct(UUID productId) {
        return em.createQuery("select b from EsimBundle b where b.productId = :product", EsimBundle.class)
                .setParameter("product", productId)
                .getResultStream()
                .findFirst();
    }
}
