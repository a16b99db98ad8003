package io.kervan.notifications.application;

import io.kervan.orders.application.OrderLinks;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ResourceBundle;
import java.util.UUID;

/** What every customer mail of the current shop shares: its texts in the shop's language, and its links. */
@ApplicationScoped
public class ShopMail {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    TenantContext tenantContext;

    @Inject
    OrderLinks links;

    public TenantRef shop() {
        return tenantContext.require();
    }

    /** {@code io/kervan/notifications/<name>*.properties} in the shop's language (English when it has none). */
    public ResourceBundle texts(String name) {
        return ResourceBundle.getBundle("io.kervan.notifications." + name, shop().locale(),
                ShopMail.class.getClassLoader(), NO_JVM_FALLBACK);
    }

    /** Where the customer follows an order on the shop's own address: its public tracking page. */
    public String trackingUrl(String orderNumber) {
        return links.trackingPage(orderNumber);
    }

    /** The order's own page (signed: it opens for whoever holds the mail, guest or customer). */
    public String orderUrl(UUID orderId) {
        return links.orderPage(orderId);
    }
}
