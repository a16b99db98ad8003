package io.kervan.orders.application;

import io.kervan.shared.application.Signatures;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The links to an order on the shop's own pages. The order's page ({@code /orders/{id}/complete?key=…}) is signed
 * for the shop and the order, so only whoever was given the link (the buyer: in the order mail, and back from the
 * payment provider) opens it; a guest has no other way back to their order. Public tracking needs only the number.
 */
@ApplicationScoped
public class OrderLinks {

    private static final String PURPOSE = "order-page";
    private static final int KEY_BYTES = 18;

    @Inject
    Signatures signatures;

    @Inject
    TenantContext tenantContext;

    @Inject
    ShopAddress address;

    public String key(UUID orderId) {
        return signatures.sign(PURPOSE, KEY_BYTES, tenantContext.require().id().toString(), orderId.toString());
    }

    /** Whether {@code key} is the current shop's key to this order. */
    public boolean opens(UUID orderId, String key) {
        return signatures.verify(key, PURPOSE, KEY_BYTES, tenantContext.require().id().toString(),
                orderId.toString());
    }

    /** The order's page, relative to the shop's address. */
    public String orderPath(UUID orderId) {
        return "/orders/" + orderId + "/complete?key=" + key(orderId);
    }

    /** The order's page as an absolute link, for mail and payment providers. */
    public String orderPage(UUID orderId) {
        return address.link(orderPath(orderId));
    }

    public String trackingPage(String orderNumber) {
        return address.link("/track/" + orderNumber);
    }
}
