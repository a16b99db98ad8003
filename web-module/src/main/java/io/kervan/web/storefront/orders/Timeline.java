package io.kervan.web.storefront.orders;

import io.kervan.orders.application.OrderViews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order's way as public tracking tells it: placed, paid, shipped, delivered, each done (with its date where the
 * order keeps one) or still to come; a cancelled or refunded order ends there.
 */
public record Timeline(List<Step> steps) {

    /** One step; {@code key} names its text, {@code at} is null when the order keeps no date for it. */
    public record Step(String key, boolean done, Instant at) {
    }

    public static Timeline of(OrderViews.Tracking order) {
        List<Step> steps = new ArrayList<>();
        String status = order.status();
        boolean paid = !"pending".equals(order.paymentStatus()) && !"failed".equals(order.paymentStatus());
        steps.add(new Step("track.step.placed", true, order.createdAt()));
        steps.add(new Step("track.step.paid", paid, null));
        if (status.equals("cancelled") || status.equals("refunded") || status.equals("fulfillment_failed")) {
            steps.add(new Step("track.step." + status, true, null));
            return new Timeline(steps);
        }
        if (order.shippedAt() != null || !status.equals("delivered")) {
            // A digital order is delivered without being shipped.
            steps.add(new Step("track.step.shipped", order.shippedAt() != null, order.shippedAt()));
        }
        steps.add(new Step("track.step.delivered", order.deliveredAt() != null || status.equals("delivered"),
                order.deliveredAt()));
        return new Timeline(steps);
    }
}
