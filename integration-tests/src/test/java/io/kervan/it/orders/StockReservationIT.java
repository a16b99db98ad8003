package io.kervan.it.orders;

import io.kervan.catalog.application.NewProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.StockReservations;
import io.kervan.catalog.domain.CatalogError;
import io.kervan.catalog.domain.ProductType;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
import io.kervan.shared.domain.KervanException;
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
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Runs inside the server: stock taken for an order that is never written (its transaction failed, or the node
 * stopped before it committed) goes back to the shelf, at once when its caller gives it back, else by the timer.
 */
@InContainerTest
class StockReservationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StockReservationIT.class);
    }

    @Inject
    TenantAdministration administration;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProductCatalog catalog;

    @Inject
    StockReservations reservations;

    @Test
    void stock_of_an_order_never_written_goes_back_and_none_is_taken_beyond_what_is_left() {
        String slug = "reserve-" + UUID.randomUUID().toString().substring(0, 8);
        administration.open(new NewTenant(slug, slug, "TRY", "en", "owner@" + slug + ".test", "owner-password", null));
        TenantRef shop = administration.ref(slug);
        UUID lamp = tenantContext.callAs(shop, () -> catalog.add(new NewProduct("LAMP", "Lamp", null,
                ProductType.PHYSICAL, new BigDecimal("10.00"), "TRY", 5, List.of())).id());

        UUID failed = tenantContext.callAs(shop, () -> reservations.reserve(Map.of(lamp, 3)));
        assertEquals(2, stockOf(shop, lamp));
        reservations.release(failed);
        assertEquals(5, stockOf(shop, lamp), "given back by the caller that saw the failure");

        tenantContext.callAs(shop, () -> reservations.reserve(Map.of(lamp, 4)));
        KervanException tooMany = assertThrows(KervanException.class,
                () -> tenantContext.callAs(shop, () -> reservations.reserve(Map.of(lamp, 2))));
        assertEquals(CatalogError.OUT_OF_STOCK, tooMany.errorCode());
        assertEquals(1, stockOf(shop, lamp), "a refused reservation takes nothing");

        assertEquals(0, reservations.releaseUnclaimedBefore(Instant.now().minus(Duration.ofMinutes(1))),
                "a young reservation may still be claimed");
        assertEquals(1, stockOf(shop, lamp));
        assertEquals(1, reservations.releaseUnclaimedBefore(Instant.now().plus(Duration.ofMinutes(1))));
        assertEquals(5, stockOf(shop, lamp), "given back by the timer after a stopped node");
    }

    private int stockOf(TenantRef shop, UUID product) {
        return tenantContext.callAs(shop, () -> catalog.forSale(List.of(product)).get(product).stock());
    }
}
