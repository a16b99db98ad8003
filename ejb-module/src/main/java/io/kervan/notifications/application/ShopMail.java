package io.kervan.notifications.application;

import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ResourceBundle;

/** What every customer mail of the current shop shares: its texts in the shop's language, and its links. */
@ApplicationScoped
public class ShopMail {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "kervan.storefront.url-template", defaultValue = "http://{slug}.localhost:8080")
    String storefrontUrl;

    public TenantRef shop() {
        return tenantContext.require();
    }

    /** {@code io/kervan/notifications/<name>*.properties} in the shop's language (English when it has none). */
    public ResourceBundle texts(String name) {
        return ResourceBundle.getBundle("io.kervan.notifications." + name, shop().locale(),
                ShopMail.class.getClassLoader(), NO_JVM_FALLBACK);
    }

    /** Where the customer follows an order on the shop's own address. */
    public String trackingUrl(String orderNumber) {
        return link("/api/orders/track/" + orderNumber + "/");
    }

    /** A page of the shop's own address, {@code pathAndQuery} starting with a slash. */
    public String link(String pathAndQuery) {
        return storefrontUrl.replace("{slug}", shop().slug()) + pathAndQuery;
    }
}
