package io.kervan.catalog.infrastructure;

import io.kervan.catalog.domain.Product;
import io.kervan.catalog.domain.Products;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaProducts implements Products {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Override
    public Optional<Product> find(UUID id) {
        // A query rather than em.find: the tenant filter applies to queries, so another tenant's id finds nothing.
        return em.createQuery("select p from Product p where p.id = :id", Product.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean skuExists(String sku) {
        return !em.createQuery("select p.id from Product p where p.sku = :sku", UUID.class)
                .setParameter("sku", sku)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Page<Product> listActive(String nameContains, PageRequest page) {
        String pattern = "%" + escapeLike(nameContains == null ? "" : nameContains.toLowerCase(Locale.ROOT)) + "%";
        List<Product> items = em.createQuery("select p from Product p where p.active = true "
                        + "and lower(p.name) like :pattern escape '\\' order by p.name, p.id", Product.class)
                .setParameter("pattern", pattern)
                .setFirstResult(page.offset())
                .setMaxResults(page.pageSize())
                .getResultList();
        long total = em.createQuery("select count(p) from Product p where p.active = true "
                        + "and lower(p.name) like :pattern escape '\\'", Long.class)
                .setParameter("pattern", pattern)
                .getSingleResult();
        return new Page<>(items, page.page(), page.pageSize(), total);
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
