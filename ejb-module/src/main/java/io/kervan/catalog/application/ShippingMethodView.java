package io.kervan.catalog.application;

import io.kervan.catalog.domain.ShippingMethod;

import java.util.UUID;

/** A shipping method as shoppers and staff see it; {@code price} is a decimal string. */
public record ShippingMethodView(UUID id, String name, String carrier, String price, String currency, int minDays,
                                 int maxDays, String deliveryEstimate, boolean active) {

    static ShippingMethodView of(ShippingMethod m) {
        String estimate = m.minDays() == m.maxDays() ? m.minDays() + " days" : m.minDays() + "-" + m.maxDays() + " days";
        return new ShippingMethodView(m.id(), m.name(), m.carrier(), m.price().toPlainString(), m.price().currency(),
                m.minDays(), m.maxDays(), estimate, m.isActive());
    }
}
