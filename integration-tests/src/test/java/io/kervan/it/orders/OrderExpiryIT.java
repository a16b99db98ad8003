package io.kervan.it.orders;

import io.kervan.cart.application.CartKey;
import io.kervan.cart.application.CartService;
import io.kervan.catalog.application.NewProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.catalog.application.ShippingMethodDetails;
import io.kervan.catalog.domain.ProductType;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
import io.kervan.orders.application.OrderExpiry;
import io.kervan.orders.application.OrderPlacement;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.OrderViews;
import io.kervan.orders.application.PlaceOrder;
import io.kervan.orders.domain.ShippingAddress;
import io.kervan.tenancy.application.NewTenant;
import io.kervan.tenancy.application.TenantAdministration;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs inside the server: unpaid orders past their time are cancelled by the expiry timer and give stock back. */
@InContainerTest
class OrderExpiryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(OrderExpiryIT.class);
    }

    @Inject
    TenantAdministration administration;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProductCatalog catalog;

    @Inject
    ShippingCatalog shipping;

    @Inject
    CartService carts;

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries queries;

    @Inject
    OrderExpiry expiry;

    @Test
    void an_unpaid_order_expires_after_its_time_and_its_stock_returns() {
        String slug = "expiry-" + UUID.randomUUID().toString().substring(0, 8);
        administration.open(new NewTenant(slug, slug, "TRY", "en", "owner@" + slug + ".test", "owner-password", null));
        TenantRef shop = administration.ref(slug);

        UUID product = tenantContext.callAs(shop, () -> catalog.add(new NewProduct("EXP", "Expiring", null,
                ProductType.PHYSICAL, new BigDecimal("10.00"), "TRY", 5, List.of())).id());
        UUID method = tenantContext.callAs(shop, () -> shipping.add(new ShippingMethodDetails("Std", "Aras",
                BigDecimal.ONE, "TRY", 1, 2, true)).id());
        UUID cart = tenantContext.callAs(shop, () -> carts.add(new CartKey(null, null), product, 2).cartId());
        OrderViews.Detail order = tenantContext.callAs(shop, () -> placement.place(new PlaceOrder(cart, null,
                "late@example.com", "Late", "Payer", null,
                new ShippingAddress("Street 1", null, "Istanbul", "34000", "TR"), method), null,
                Locale.ENGLISH).order());
        assertEquals(3, stockOf(shop, product));

        assertEquals(0, expiry.expireDueAcrossTenants(Instant.now()), "not yet due");
        assertTrue(expiry.expireDueAcrossTenants(Instant.now().plus(Duration.ofHours(1))) >= 1);

        OrderViews.Detail expired = tenantContext.callAs(shop, () -> queries.detailForStaff(order.id(), Locale.ENGLISH));
        assertEquals("cancelled", expired.status());
        assertEquals("unpaid order expired", expired.history().get(expired.history().size() - 1).note());
        assertEquals("system", expired.history().get(expired.history().size() - 1).actor());
        assertEquals(5, stockOf(shop, product));
    }

    private int stockOf(TenantRef shop, UUID product) {
        return tenantContext.callAs(shop, () -> catalog.forSale(List.of(product)).get(product).stock());
    }
}
