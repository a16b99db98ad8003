package io.kervan.orders.infrastructure;

import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderFilter;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.Orders;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaOrders implements Orders {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Override
    public void add(Order order) {
        em.persist(order);
    }

    @Override
    public Optional<Order> find(UUID id) {
        return em.createQuery("select o from Order o where o.id = :id", Order.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * Native SQL with the tenant named explicitly: public tracking is the hottest read there is, and Hibernate 6.6 does
     * not cache the SQL translation of queries that carry the {@code @TenantId} filter. Another shop's number finds
     * nothing ({@code OrderLifecycleIT}).
     */
    @Override
    public Optional<Order> findByNumber(String orderNumber) {
        @SuppressWarnings("unchecked")
        List<Order> found = em.createNativeQuery("select * from orders where tenant_id = :tenant "
                        + "and order_number = :number", Order.class)
                .setParameter("tenant", tenantContext.require().id())
                .setParameter("number", orderNumber)
                .getResultList();
        return found.stream().findFirst();
    }

    @Override
    public boolean numberTaken(String orderNumber) {
        return !em.createNativeQuery("select 1 from orders where order_number = :number")
                .setParameter("number", orderNumber)
                .getResultList().isEmpty();
    }

    @Override
    public Page<Order> search(OrderFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(conditions, parameters, "o.status = :status", "status", filter.status());
        condition(conditions, parameters, "o.paymentStatus = :paymentStatus", "paymentStatus", filter.paymentStatus());
        condition(conditions, parameters, "o.buyer.email = :email", "email",
                filter.customerEmail() == null ? null : filter.customerEmail().strip().toLowerCase(Locale.ROOT));
        condition(conditions, parameters, "o.orderNumber = :number", "number", filter.orderNumber());
        condition(conditions, parameters, "o.createdAt >= :from", "from", filter.createdFrom());
        condition(conditions, parameters, "o.createdAt < :to", "to", filter.createdTo());
        condition(conditions, parameters, "o.buyer.customerId = :customer", "customer", filter.customerId());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = switch (filter.sort() == null ? OrderFilter.Sort.NEWEST : filter.sort()) {
            case NEWEST -> " order by o.createdAt desc, o.id";
            case OLDEST -> " order by o.createdAt asc, o.id";
            case TOTAL_DESC -> " order by o.total desc, o.createdAt desc";
            case TOTAL_ASC -> " order by o.total asc, o.createdAt desc";
        };
        TypedQuery<Order> items = em.createQuery("select o from Order o" + where + order, Order.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.pageSize());
        TypedQuery<Long> count = em.createQuery("select count(o) from Order o" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(items.getResultList(), page.page(), page.pageSize(), count.getSingleResult());
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String clause,
                                  String name, Object value) {
        if (value != null) {
            conditions.add(clause);
            parameters.put(name, value);
        }
    }

    @Override
    public List<ExpiredOrder> findExpiredAcrossTenants(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, id from orders "
                        + "where status = '" + OrderStatus.PENDING.name() + "' and expires_at <= ?1 "
                        + "order by expires_at limit ?2")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new ExpiredOrder((UUID) r[0], (UUID) r[1])).toList();
    }
}
