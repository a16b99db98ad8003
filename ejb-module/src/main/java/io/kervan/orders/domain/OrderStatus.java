package io.kervan.orders.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an order is in its life, and where it may go next. An order of digital goods only is delivered without being
 * shipped (see {@link Order#moveTo}); {@code fulfillment_failed} is a paid order whose digital goods could not be
 * bought from the provider, waiting for staff to retry, deliver by hand, cancel or refund.
 */
public enum OrderStatus {
    PENDING, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED, FULFILLMENT_FAILED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED, FULFILLMENT_FAILED);
            case PROCESSING -> EnumSet.of(SHIPPED, DELIVERED, CANCELLED, REFUNDED, FULFILLMENT_FAILED);
            case FULFILLMENT_FAILED -> EnumSet.of(CONFIRMED, DELIVERED, CANCELLED, REFUNDED);
            case SHIPPED -> EnumSet.of(DELIVERED, REFUNDED);
            case DELIVERED -> EnumSet.of(REFUNDED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean mayBecome(OrderStatus target) {
        return next().contains(target);
    }

    /** Whether the goods have left, so cancelling can no longer give stock back. */
    public boolean goodsHaveLeft() {
        return this == SHIPPED || this == DELIVERED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrderStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
