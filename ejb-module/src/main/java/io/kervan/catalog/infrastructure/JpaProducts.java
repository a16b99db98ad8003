package io.kervan.catalog.infrastructure;

import io.kervan.catalog.domain.Product;
import io.kervan.catalog.domain.ProductType;
import io.kervan.catalog.domain.Products;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class JpaProducts implements Products {

    /** SKUs per query: one bind parameter each, far below PostgreSQL's limit of 32,767. */
    private static final int SKU_CHUNK = 1000;

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantEntities entities;

    @Override
    public Optional<Product> find(UUID id) {
        return entities.find(Product.class, id);
    }

    @Override
    public List<Product> findAll(Collection<UUID> ids) {
        return entities.findAll(Product.class, ids);
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
    public List<Product> findBySkus(Collection<String> skus) {
        List<String> all = List.copyOf(skus);
        List<Product> found = new java.util.ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += SKU_CHUNK) {
            found.addAll(em.createQuery("select p from Product p where p.sku in :skus", Product.class)
                    .setParameter("skus", all.subList(from, Math.min(from + SKU_CHUNK, all.size())))
                    .getResultList());
        }
        return found;
    }

    @Override
    public List<Product> activePage(String nameContains, PageRequest page) {
        return items(true, nameContains, page);
    }

    @Override
    public long countActive(String nameContains) {
        return count(true, nameContains);
    }

    @Override
    public List<Product> newestActive(int limit) {
        @SuppressWarnings("unchecked")
        List<Product> newest = em.createNativeQuery("select * from products where tenant_id = :tenant and active "
                        + "order by created_at desc, id desc limit :limit", Product.class)
                .setParameter("tenant", tenantContext.require().id())
                .setParameter("limit", limit)
                .getResultList();
        return newest;
    }

    @Override
    public List<UUID> activeIds(int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from products where tenant_id = :tenant and active "
                        + "order by name, id limit :limit", UUID.class)
                .setParameter("tenant", tenantContext.require().id())
                .setParameter("limit", limit)
                .getResultList();
        return ids;
    }

    @Override
    public Page<Product> listAll(String nameContains, PageRequest page) {
        return new Page<>(items(false, nameContains, page), page.page(), page.pageSize(), count(false, nameContains));
    }

    /*
     * Native SQL with the tenant named explicitly: this is the storefront's hottest read, and Hibernate 6.6 does not
     * cache the SQL translation of queries that carry the @TenantId filter, so JPQL here would be translated anew on
     * every request. TenantIsolationIT proves the predicate below keeps shops apart.
     */
    private List<Product> items(boolean activeOnly, String nameContains, PageRequest page) {
        // The page's ids first (an index-only scan, however deep the page), then only those rows.
        var items = em.createNativeQuery("select p.* from products p join (select id, name from products"
                        + where(activeOnly, nameContains) + " order by name, id limit :limit offset :offset) page "
                        + "on page.id = p.id order by page.name, page.id", Product.class)
                .setParameter("limit", page.pageSize())
                .setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Product> products = bind(items, nameContains).getResultList();
        return products;
    }

    private long count(boolean activeOnly, String nameContains) {
        var count = em.createNativeQuery("select count(*) from products" + where(activeOnly, nameContains), Long.class);
        return ((Number) bind(count, nameContains).getSingleResult()).longValue();
    }

    private static String where(boolean activeOnly, String nameContains) {
        return " where tenant_id = :tenant" + (activeOnly ? " and active" : "")
                + (searching(nameContains) ? " and lower(name) like :pattern escape '\\'" : "");
    }

    private Query bind(Query query, String nameContains) {
        query.setParameter("tenant", tenantContext.require().id());
        if (searching(nameContains)) {
            query.setParameter("pattern", "%" + escapeLike(nameContains.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return query;
    }

    private static boolean searching(String nameContains) {
        return nameContains != null && !nameContains.isBlank();
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }

    @Override
    public Optional<UUID> reserve(UUID reservation, Map<UUID, Integer> physicalQuantities) {
        UUID tenant = tenantContext.require().id();
        // Checkout's hottest statements, in plain JDBC on the transaction's connection and naming the tenant.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (Statement local = connection.createStatement()) {
                local.execute("set local synchronous_commit to off");
            }
            try (PreparedStatement take = connection.prepareStatement(TAKE_AND_RECORD)) {
                for (Map.Entry<UUID, Integer> line : new TreeMap<>(physicalQuantities).entrySet()) {
                    take.setInt(1, line.getValue());
                    take.setObject(2, line.getKey());
                    take.setObject(3, tenant);
                    take.setInt(4, line.getValue());
                    take.setObject(5, reservation);
                    take.setInt(6, line.getValue());
                    if (take.executeUpdate() != 1) {
                        return Optional.of(line.getKey());
                    }
                }
            }
            return Optional.empty();
        });
    }

    // Casts spelled out, not "::", so the bench's pgbench replay of this statement reads no variable in them.
    private static final String TAKE_AND_RECORD = "with taken as (update products set stock = stock - ? "
            + "where id = ? and tenant_id = ? and product_type = 'PHYSICAL' and stock >= ? "
            + "returning id, tenant_id) "
            + "insert into stock_reservations (reservation_id, product_id, tenant_id, quantity) "
            + "select cast(? as uuid), id, tenant_id, cast(? as integer) from taken";

    @Override
    public boolean claim(UUID reservation) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(
                    "delete from stock_reservations where reservation_id = ?")) {
                claim.setObject(1, reservation);
                return claim.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void release(UUID reservation) {
        em.createNativeQuery("with gone as (delete from stock_reservations where reservation_id = ?1 "
                        + "returning product_id, quantity) "
                        + "update products p set stock = p.stock + gone.quantity from gone "
                        + "where p.id = gone.product_id")
                .setParameter(1, reservation)
                .executeUpdate();
    }

    @Override
    public int releaseUnclaimedBefore(Instant before) {
        return em.createNativeQuery("with gone as (delete from stock_reservations where created_at < ?1 "
                        + "returning product_id, quantity), "
                        + "per_product as (select product_id, sum(quantity) as quantity from gone group by product_id) "
                        + "update products p set stock = p.stock + per_product.quantity from per_product "
                        + "where p.id = per_product.product_id")
                .setParameter(1, before)
                .executeUpdate();
    }

    @Override
    public void returnStock(UUID productId, int quantity) {
        em.createQuery("update Product p set p.stock = p.stock + :quantity where p.id = :id and p.type = :physical")
                .setParameter("quantity", quantity)
                .setParameter("id", productId)
                .setParameter("physical", ProductType.PHYSICAL)
                .executeUpdate();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
