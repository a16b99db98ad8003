package io.kervan.web.storefront.account;

import io.kervan.orders.application.OrderViews;
import io.kervan.orders.application.StatusNames;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.web.storefront.orders.OrderPageView;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One of the signed-in customer's orders as "My orders" shows it: the order, its way so far as a timeline (each status
 * it took, named in the page's language, and when), and where to pay it while it waits for payment ({@code payPath},
 * the order's signed payment page), and whether its payment is held in escrow until delivery.
 */
public record MyOrderView(OrderViews.Detail order, List<Step> history, String payPath, boolean escrowHeld) {

    /** One change of status; staff's notes stay with staff. */
    public record Step(String status, Instant at) {
    }

    public static MyOrderView of(OrderViews.Detail order, Locale locale, String payPath, boolean escrowHeld) {
        List<Step> history = order.history().stream()
                .map(c -> new Step(StatusNames.of(OrderStatus.fromCode(c.toStatus()), locale), c.changedAt()))
                .toList();
        return new MyOrderView(order, history, payPath, escrowHeld);
    }

    public boolean payable() {
        return OrderPageView.payable(order);
    }

    /** The carrier of the order's shipping method, or null for an order nothing is shipped for. */
    public String carrier() {
        return order.shippingMethod() == null ? null : order.shippingMethod().carrier();
    }

    /** Whether it holds goods delivered online (eSIMs), which "My eSIMs" shows. */
    public boolean hasDigital() {
        return order.items().stream().anyMatch(line -> "digital".equals(line.productType()));
    }

    public boolean hasDiscount() {
        return !"0.00".equals(order.discount()) && !"0".equals(order.discount());
    }
}
