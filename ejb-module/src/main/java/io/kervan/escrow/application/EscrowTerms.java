package io.kervan.escrow.application;

import io.kervan.catalog.application.ProductCatalog;
import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderLine;
import io.kervan.tenancy.application.ShopSettings;
import io.kervan.tenancy.application.ShopSettingsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/** What the current shop has agreed to hold in escrow, and for how long after delivery, from its settings. */
@ApplicationScoped
public class EscrowTerms {

    @Inject
    ShopSettings settings;

    @Inject
    ProductCatalog catalog;

    /** An order is held in escrow when its shop holds every order so, or when any of its products asks for it. */
    public boolean cover(Order order) {
        return settings.show().escrowEnabled()
                || catalog.anyHeldInEscrow(order.lines().stream().map(OrderLine::productId).toList());
    }

    /** How long after delivery the money is released automatically; null: at delivery. */
    public Duration releaseWindow() {
        ShopSettingsView shop = settings.show();
        return shop.escrowReleaseWindowDays() == null ? null : Duration.ofDays(shop.escrowReleaseWindowDays());
    }
}
