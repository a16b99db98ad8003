package io.kervan.orders.application;

import io.kervan.orders.domain.OrderError;
import io.kervan.orders.domain.OrderNumber;
import io.kervan.orders.domain.Orders;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * Public tracking by order number. It changes nothing, so it runs outside any transaction: at storefront scale it is
 * asked far more often than anything else, so an order asked for again comes from {@link TrackingCache}, which every
 * committed change to the order empties.
 */
@ApplicationScoped
public class OrderTracking {

    @Inject
    Orders orders;

    @Inject
    TrackingCache cache;

    @Inject
    TenantContext tenantContext;

    public OrderViews.Tracking track(String orderNumber, Locale locale) {
        if (!OrderNumber.looksValid(orderNumber)) {
            throw notFound(orderNumber);
        }
        return OrderViews.Tracking.of(cache.track(tenantContext.require().id(), orderNumber,
                () -> orders.track(orderNumber)).orElseThrow(() -> notFound(orderNumber)), locale);
    }

    private static KervanException notFound(String orderNumber) {
        return new KervanException(OrderError.ORDER_NOT_FOUND, "This shop has no order " + orderNumber);
    }
}
