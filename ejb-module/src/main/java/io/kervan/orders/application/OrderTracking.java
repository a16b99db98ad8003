package io.kervan.orders.application;

import io.kervan.orders.domain.OrderError;
import io.kervan.orders.domain.OrderNumber;
import io.kervan.orders.domain.Orders;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * Public tracking by order number. It reads one row and changes nothing, so it runs outside any transaction: at
 * storefront scale it is asked far more often than anything else.
 */
@ApplicationScoped
public class OrderTracking {

    @Inject
    Orders orders;

    public OrderViews.Tracking track(String orderNumber, Locale locale) {
        if (!OrderNumber.looksValid(orderNumber)) {
            throw notFound(orderNumber);
        }
        return OrderViews.Tracking.of(orders.track(orderNumber).orElseThrow(() -> notFound(orderNumber)), locale);
    }

    private static KervanException notFound(String orderNumber) {
        return new KervanException(OrderError.ORDER_NOT_FOUND, "This shop has no order " + orderNumber);
    }
}
