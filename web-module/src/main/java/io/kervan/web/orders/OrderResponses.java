package io.kervan.web.orders;

import io.kervan.orders.application.OrderViews;
import io.kervan.web.shared.Pagination;

import java.util.List;

/** The envelopes of the order endpoints, as in the payment-flow document. */
public final class OrderResponses {

    private OrderResponses() {
    }

    public record Placed(boolean success, String message, OrderViews.Detail order) {
    }

    public record Listing(boolean success, List<OrderViews.Summary> orders, Pagination pagination) {
    }

    public record One(boolean success, OrderViews.Detail order) {
    }

    public record Tracked(boolean success, OrderViews.Tracking order) {
    }
}
