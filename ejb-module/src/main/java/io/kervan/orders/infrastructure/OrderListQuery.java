package io.kervan.orders.infrastructure;

import io.kervan.orders.domain.OrderFilter;
import io.kervan.orders.domain.OrderRow;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The JPQL of an order list: its conditions from the filter, its order from the sort (always ending with the id, in
 * the same direction, so that "after this row" is one condition), and rows read as {@link OrderRow}s with the item
 * count in the same query. It names the shop itself ({@code o.tenantId}), so that it can run with Hibernate's tenant
 * filter off and its translation kept ({@code TenantEntities.ownQuery}); the lines are counted through their order.
 */
final class OrderListQuery {

    private static final String ROW = "select new io.kervan.orders.domain.OrderRow(o.id, o.orderNumber, o.status, "
            + "o.paymentStatus, o.total, o.currency, o.createdAt, o.buyer.email, o.buyer.firstName, "
            + "o.buyer.lastName, (select coalesce(sum(l.quantity), 0L) from OrderLine l where l.order = o)) "
            + "from Order o";

    private final OrderFilter.Sort sort;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    OrderListQuery(OrderFilter filter, UUID tenantId) {
        this.sort = filter.sortOrDefault();
        condition("o.tenantId = :tenant", "tenant", tenantId);
        condition("o.status = :status", "status", filter.status());
        condition("o.paymentStatus = :paymentStatus", "paymentStatus", filter.paymentStatus());
        condition("o.buyer.email = :email", "email",
                filter.customerEmail() == null ? null : filter.customerEmail().strip().toLowerCase(Locale.ROOT));
        condition("o.orderNumber = :number", "number",
                filter.orderNumber() == null ? null : filter.orderNumber().strip());
        condition("o.createdAt >= :from", "from", filter.createdFrom());
        condition("o.createdAt < :to", "to", filter.createdTo());
        condition("o.buyer.customerId = :customer", "customer", filter.customerId());
    }

    /** Only rows after {@code row} in the sort. */
    OrderListQuery after(OrderRow row) {
        if (row != null) {
            boolean totals = sort == OrderFilter.Sort.TOTAL_DESC || sort == OrderFilter.Sort.TOTAL_ASC;
            String key = totals ? "o.total" : "o.createdAt";
            String beyond = sort == OrderFilter.Sort.NEWEST || sort == OrderFilter.Sort.TOTAL_DESC ? "<" : ">";
            conditions.add("(" + key + " " + beyond + " :afterKey or (" + key + " = :afterKey and o.id " + beyond
                    + " :afterId))");
            parameters.put("afterKey", totals ? row.totalAmount() : row.createdAt());
            parameters.put("afterId", row.id());
        }
        return this;
    }

    String rows() {
        return ROW + where() + orderBy();
    }

    /** The ids of the matching orders in the list's order: {@link JpaOrders} asks for one far down to bound a count. */
    String ids() {
        return "select o.id from Order o" + where() + orderBy();
    }

    String count() {
        return "select count(o) from Order o" + where();
    }

    private String orderBy() {
        String direction = sort == OrderFilter.Sort.NEWEST || sort == OrderFilter.Sort.TOTAL_DESC ? "desc" : "asc";
        String key = sort == OrderFilter.Sort.TOTAL_DESC || sort == OrderFilter.Sort.TOTAL_ASC ? "o.total"
                : "o.createdAt";
        return " order by " + key + " " + direction + ", o.id " + direction;
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void condition(String clause, String name, Object value) {
        if (value != null) {
            conditions.add(clause);
            parameters.put(name, value);
        }
    }
}
