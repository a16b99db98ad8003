package io.kervan.orders.application;

import io.kervan.cart.application.CouponBook;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderError;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.Orders;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Staff move orders through their life; unpaid orders expire. Cancelling gives stock and coupon uses back. */
@Stateless
public class OrderManagement {

    @Inject
    Orders orders;

    @Inject
    ProductCatalog catalog;

    @Inject
    CouponBook coupons;

    @Inject
    OrderEvents events;

    @Inject
    Event<OrderPaid> paid;

    @Inject
    Event<OrderChanged> changes;

    @Inject
    Event<OrderDelivered> delivered;

    /**
     * Changes the status and/or the tracking number. {@code target} null only updates the tracking number;
     * {@code carrier} (optional) names the carrier of a shipment.
     */
    public OrderViews.Detail change(UUID orderId, OrderStatus target, String trackingNumber, String carrier,
                                    String note, Actor actor, Locale locale) {
        Order order = orders.find(orderId).orElseThrow(() -> new KervanException(OrderError.ORDER_NOT_FOUND,
                "This shop has no order " + orderId));
        if (target == null) {
            if (trackingNumber != null) {
                order.setTrackingNumber(trackingNumber);
                changed(order);
            }
            return OrderViews.Detail.of(order, locale);
        }
        move(order, target, trackingNumber, carrier, note, actor);
        return OrderViews.Detail.of(order, locale);
    }

    /** Records a confirmed payment: paid and confirmed, once, however many times the news arrives. */
    public boolean markPaid(UUID orderId, Actor actor) {
        boolean newlyPaid = orders.find(orderId).filter(order -> order.markPaid(actor)).map(this::changed)
                .isPresent();
        if (newlyPaid) {
            paid.fire(new OrderPaid(orderId));
        }
        return newlyPaid;
    }

    /**
     * The order's digital goods reached the customer by other means than shipping (eSIMs mailed as QR codes, which
     * is the customer's notice, so no delivery email is queued here). False when the order can no longer be delivered
     * (cancelled or refunded meanwhile), or still holds physical goods to ship.
     */
    public boolean digitalGoodsDelivered(UUID orderId, Actor actor, String note) {
        Order order = orders.find(orderId).orElseThrow();
        if (!order.allowedMoves().contains(OrderStatus.DELIVERED)) {
            return false;
        }
        order.moveTo(OrderStatus.DELIVERED, null, actor, note);
        changed(order);
        delivered.fire(new OrderDelivered(orderId, actor, Instant.now()));
        return true;
    }

    /** Buying the order's digital goods failed for good: staff see it as fulfillment_failed and may retry. */
    public void fulfillmentFailed(UUID orderId, Actor actor, String note) {
        Order order = orders.find(orderId).orElseThrow();
        if (order.allowedMoves().contains(OrderStatus.FULFILLMENT_FAILED)) {
            order.moveTo(OrderStatus.FULFILLMENT_FAILED, null, actor, note);
            changed(order);
        }
    }

    /** Staff asked for another try: a failed order is confirmed again while it is being fulfilled. */
    public void fulfillmentRetried(UUID orderId, Actor actor) {
        Order order = orders.find(orderId).orElseThrow();
        if (order.status() == OrderStatus.FULFILLMENT_FAILED) {
            order.moveTo(OrderStatus.CONFIRMED, null, actor, "fulfillment retried");
            changed(order);
        }
    }

    /** Whether the order is still paid and open, so its digital goods should be bought. */
    public boolean awaitsFulfillment(UUID orderId) {
        return orders.find(orderId).map(o -> o.paymentStatus() == PaymentStatus.PAID
                && (o.status() == OrderStatus.CONFIRMED || o.status() == OrderStatus.PROCESSING)).orElse(false);
    }

    public void recordRefund(UUID orderId, boolean full, Actor actor) {
        orders.find(orderId).ifPresent(order -> {
            order.recordRefund(full, actor);
            changed(order);
        });
    }

    /** Cancels an unpaid order whose time is up; false when it was paid or changed meanwhile. */
    public boolean expire(UUID orderId, Instant now) {
        return orders.find(orderId).filter(o -> o.isExpiredAt(now)).map(order -> {
            move(order, OrderStatus.CANCELLED, null, null, "unpaid order expired", Actor.system("system"));
            return true;
        }).orElse(false);
    }

    private void move(Order order, OrderStatus target, String trackingNumber, String carrier, String note,
                      Actor actor) {
        OrderStatus previous = order.moveTo(target, trackingNumber, carrier, actor, note);
        changed(order);
        if (target == OrderStatus.CANCELLED && !previous.goodsHaveLeft()) {
            catalog.returnStock(order.physicalQuantities());
            if (order.couponId() != null && order.paymentStatus() != PaymentStatus.PAID) {
                coupons.giveBack(order.couponId(), order.id());
            }
        }
        if (target == OrderStatus.SHIPPED) {
            events.publish(order, OrderEvents.Event.SHIPPED);
        } else if (target == OrderStatus.DELIVERED) {
            events.publish(order, OrderEvents.Event.DELIVERED);
            delivered.fire(new OrderDelivered(order.id(), actor, Instant.now()));
        }
    }

    /** This node forgets what it knows of the order once the change commits (other nodes hear of it from PostgreSQL). */
    private Order changed(Order order) {
        changes.fire(new OrderChanged(order.tenantId(), order.orderNumber()));
        return order;
    }
}
