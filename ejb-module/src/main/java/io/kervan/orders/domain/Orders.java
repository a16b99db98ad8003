package io.kervan.orders.domain;

import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's orders. */
public interface Orders {

    void add(Order order);

    Optional<Order> find(UUID id);

    /** The public tracking facts of the order with this number, read without loading (or locking) the order. */
    Optional<TrackedOrder> track(String orderNumber);

    /** Whether any order, of any shop, already has this number (order numbers are unique platform-wide). */
    boolean numberTaken(String orderNumber);

    /**
     * A page of the orders the filter matches, in its sort. {@code countLimit} above 0 stops counting there, so the
     * total of a large list costs little: a total equal to the limit means "at least that many".
     */
    Page<OrderRow> list(OrderFilter filter, PageRequest page, long countLimit);

    /** How many orders the filter matches, counting up to {@code limit} at most. */
    long count(OrderFilter filter, long limit);

    /** Up to {@code limit} orders the filter matches that come after {@code after} in its sort (first ones if null). */
    List<OrderRow> listAfter(OrderFilter filter, OrderRow after, int limit);

    /** How many orders were placed in {@code [from, to)} and the totals of those paid, per currency. */
    List<Takings> takings(Instant from, Instant to);

    /** Unpaid orders past their expiry in every shop, with their tenant: platform work for the expiry timer. */
    List<ExpiredOrder> findExpiredAcrossTenants(Instant now, int limit);

    record ExpiredOrder(UUID tenantId, UUID orderId) {
    }
}
