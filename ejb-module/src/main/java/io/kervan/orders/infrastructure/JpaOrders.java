package io.kervan.orders.infrastructure;

import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderFilter;
import io.kervan.orders.domain.OrderRow;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.Orders;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.orders.domain.Takings;
import io.kervan.orders.domain.TrackedOrder;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.infrastructure.TenantEntities;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaOrders implements Orders {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/KervanDS")
    DataSource dataSource;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantEntities entities;

    @Override
    public void add(Order order) {
        em.persist(order);
    }

    /** With its lines, in the same query: every use of one order (its detail, its mails) reads them. */
    @Override
    public Optional<Order> find(UUID id) {
        return entities.ownQuery(session -> session.createQuery("select o from Order o left join fetch o.lines "
                        + "where o.id = :id and o.tenantId = :tenant", Order.class)
                .setParameter("id", id)
                .setParameter("tenant", entities.tenantId())
                .getResultStream()
                .findFirst());
    }

    /**
     * Plain JDBC with the tenant named explicitly: public tracking is the hottest read there is, needs ten columns of
     * one row and no entity, and runs outside any transaction. (Hibernate 6.6 would also translate a query carrying the
     * {@code @TenantId} filter anew on every call.) Another shop's number finds nothing ({@code OrderLifecycleIT},
     * {@code TenantIsolationIT}).
     */
    @Override
    public Optional<TrackedOrder> track(String orderNumber) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(TRACK)) {
            select.setObject(1, tenantContext.require().id());
            select.setString(2, orderNumber);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TrackedOrder(row.getString(1), OrderStatus.valueOf(row.getString(2)),
                        PaymentStatus.valueOf(row.getString(3)), row.getString(4), row.getString(5), instant(row, 6),
                        instant(row, 7), instant(row, 8), Money.of(row.getBigDecimal(9), row.getString(10))));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the order to track", e);
        }
    }

    private static final String TRACK = "select order_number, status, payment_status, shipping_carrier, "
            + "tracking_number, shipped_at, delivered_at, created_at, total, currency from orders "
            + "where tenant_id = ? and order_number = ?";

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public boolean numberTaken(String orderNumber) {
        // Plain JDBC on the transaction's connection: a native query through Hibernate would first flush the session
        // and parse its result plan, for a yes or no.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(NUMBER_TAKEN)) {
                select.setString(1, orderNumber);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    private static final String NUMBER_TAKEN = "select 1 from orders where order_number = ?";

    @Override
    public Page<OrderRow> list(OrderFilter filter, PageRequest page, long countLimit) {
        OrderListQuery query = new OrderListQuery(filter, entities.tenantId());
        return entities.ownQuery(session -> {
            List<OrderRow> rows = query.bind(session.createQuery(query.rows(), OrderRow.class))
                    .setFirstResult(page.offset())
                    .setMaxResults(page.pageSize())
                    .getResultList();
            // A page that is not full (and not past the end) is the last: the total is known without counting.
            boolean last = rows.size() < page.pageSize() && (!rows.isEmpty() || page.offset() == 0);
            long total = last ? page.offset() + rows.size() : count(session, query, countLimit);
            return new Page<>(rows, page.page(), page.pageSize(), total);
        });
    }

    @Override
    public long count(OrderFilter filter, long limit) {
        OrderListQuery query = new OrderListQuery(filter, entities.tenantId());
        return entities.ownQuery(session -> count(session, query, limit));
    }

    /**
     * Counts up to {@code limit} (0: all): first whether a {@code limit}-th order exists at all, which PostgreSQL
     * answers by walking the list's index that far and stopping; only a list shorter than that is counted. (JPQL, in
     * the strict compliance this unit runs with, has no derived table to put a row limit inside a count.)
     */
    private static long count(Session session, OrderListQuery query, long limit) {
        if (limit > 0 && !query.bind(session.createQuery(query.ids(), UUID.class)).setFirstResult((int) limit - 1)
                .setMaxResults(1).getResultList().isEmpty()) {
            return limit;
        }
        return query.bind(session.createQuery(query.count(), Long.class)).getSingleResult();
    }

    @Override
    public List<OrderRow> listAfter(OrderFilter filter, OrderRow after, int limit) {
        OrderListQuery query = new OrderListQuery(filter, entities.tenantId()).after(after);
        return entities.ownQuery(session -> query.bind(session.createQuery(query.rows(), OrderRow.class))
                .setMaxResults(limit).getResultList());
    }

    /**
     * The dashboard asks this for each of its days on every view, so it names the shop itself (see
     * {@link TenantEntities#ownQuery}) and binds the paid statuses one by one: a list bound to one parameter also
     * keeps Hibernate from reusing the query's translation.
     */
    @Override
    public List<Takings> takings(Instant from, Instant to) {
        return entities.ownQuery(session -> session.createQuery("select new io.kervan.orders.domain.Takings("
                        + "o.currency, count(o), "
                        + "sum(case when o.paymentStatus in (:paid, :partlyRefunded) then 1L else 0L end), "
                        + "sum(case when o.paymentStatus in (:paid, :partlyRefunded) then o.total else 0bd end)) "
                        + "from Order o where o.tenantId = :tenant and o.createdAt >= :from and o.createdAt < :to "
                        + "group by o.currency order by count(o) desc", Takings.class)
                .setParameter("paid", PaymentStatus.PAID)
                .setParameter("partlyRefunded", PaymentStatus.PARTIALLY_REFUNDED)
                .setParameter("tenant", entities.tenantId())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
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
