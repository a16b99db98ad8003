package io.kervan.orders.application;

import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderError;
import io.kervan.orders.domain.OrderFilter;
import io.kervan.orders.domain.Orders;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Reading orders: customers see their own, staff see the shop's (public tracking is {@link OrderTracking}). */
@Stateless
public class OrderQueries {

    @Inject
    Orders orders;

    public Page<OrderViews.Summary> listForCustomer(UUID customerId, PageRequest page, Locale locale) {
        OrderFilter own = new OrderFilter(null, null, null, null, null, null, customerId, OrderFilter.Sort.NEWEST);
        return orders.list(own, page, 0).map(o -> OrderViews.Summary.of(o, locale));
    }

    public Page<OrderViews.Summary> listForStaff(OrderFilter filter, PageRequest page, Locale locale) {
        return orders.list(filter, page, 0).map(o -> OrderViews.Summary.of(o, locale));
    }

    /**
     * Like {@link #listForStaff}, for a screen that pages through a large list: the total is counted up to
     * {@code countLimit} only (a total equal to it means "at least"), so a hundred thousand orders cost no more to
     * show than ten thousand.
     */
    public Page<OrderViews.Summary> browseForStaff(OrderFilter filter, PageRequest page, long countLimit,
                                                   Locale locale) {
        return orders.list(filter, page, countLimit).map(o -> OrderViews.Summary.of(o, locale));
    }

    /**
     * The next {@code limit} orders of a list after {@code after} (from its start when null): an export reads a list
     * of any length this way, a batch per call, each in a short transaction of its own.
     */
    public List<OrderViews.Summary> listForStaffAfter(OrderFilter filter, OrderViews.Summary after, int limit,
                                                      Locale locale) {
        return orders.listAfter(filter, after == null ? null : after.position(), limit).stream()
                .map(o -> OrderViews.Summary.of(o, locale)).toList();
    }

    /** A customer's own order; anybody else's is "not found", not "forbidden", so ids reveal nothing. */
    public OrderViews.Detail detailForCustomer(UUID orderId, UUID customerId, Locale locale) {
        return OrderViews.Detail.of(orders.find(orderId).filter(o -> o.isOf(customerId))
                .orElseThrow(() -> notFound(orderId.toString())), locale);
    }

    public OrderViews.Detail detailForStaff(UUID orderId, Locale locale) {
        return OrderViews.Detail.of(orders.find(orderId).orElseThrow(() -> notFound(orderId.toString())), locale);
    }

    /**
     * An order someone wants to pay: its own customer (or staff) for a customer's order; anyone holding the id of a
     * guest order (the id is only ever given to whoever placed it).
     */
    public PayableOrder payable(UUID orderId, UUID customerId, boolean staff) {
        Order order = reachable(orderId, customerId, staff);
        return new PayableOrder(order.id(), order.orderNumber(), order.total(), order.buyer().email(),
                order.buyer().customerId(), order.status(), order.paymentStatus());
    }

    /**
     * An order as whoever asks may reach it by id: staff any of the shop's, a customer their own, anyone holding the
     * id a guest order (the id is only ever given to whoever placed it). Otherwise not found.
     */
    public Order reachable(UUID orderId, UUID customerId, boolean staff) {
        return orders.find(orderId)
                .filter(o -> staff || o.buyer().customerId() == null || o.isOf(customerId))
                .orElseThrow(() -> notFound(orderId.toString()));
    }

    /** The order behind an email job. */
    public Order load(UUID orderId) {
        return orders.find(orderId).orElseThrow(() -> notFound(orderId.toString()));
    }

    private static KervanException notFound(String reference) {
        return new KervanException(OrderError.ORDER_NOT_FOUND, "This shop has no order " + reference);
    }
}
