package io.kervan.orders.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Where an order is in its life, and where it may go next. */
public enum OrderStatus {
    PENDING, CONFIRMED, PROCESSING, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PROCESSING, SHIPPED, CANCELLED, REFUNDED);
            case PROCESSING -> EnumSet.of(SHIPPED, CANCELLED, REFUNDED);
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
