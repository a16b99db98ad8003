package io.kervan.it.payments;

import io.kervan.cart.application.CartKey;
import io.kervan.cart.application.CartService;
import io.kervan.catalog.application.NewProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.domain.ProductType;
import io.kervan.integrations.application.IntegrationChanges;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.IntegrationStatus;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
import io.kervan.orders.application.OrderPlacement;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.PlaceOrder;
import io.kervan.payments.application.PaymentReconciler;
import io.kervan.payments.application.PaymentService;
import io.kervan.payments.application.StartedPaymentView;
import io.kervan.payments.provider.sandbox.SandboxGateway;
import io.kervan.shared.domain.Actor;
import io.kervan.tenancy.application.NewTenant;
import io.kervan.tenancy.application.TenantAdministration;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server: a shopper pays on the gateway's page but never comes back and no webhook arrives; the
 * reconciler asks the provider and the order ends up paid, once.
 */
@InContainerTest
class PaymentReconcilerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PaymentReconcilerIT.class);
    }

    @Inject
    TenantAdministration administration;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProductCatalog catalog;

    @Inject
    CartService carts;

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries orders;

    @Inject
    IntegrationRegistry integrations;

    @Inject
    PaymentService payments;

    @Inject
    SandboxGateway gateway;

    @Inject
    PaymentReconciler reconciler;

    @Test
    void a_payment_whose_shopper_never_came_back_is_settled_by_the_reconciler() {
        String slug = "reconcile-" + UUID.randomUUID().toString().substring(0, 8);
        administration.open(new NewTenant(slug, slug, "TRY", "tr", "owner@" + slug + ".test", "owner-password", null));
        TenantRef shop = administration.ref(slug);
        StartedPaymentView started = tenantContext.callAs(shop, () -> {
            integrations.create(new IntegrationChanges(ProviderType.SANDBOX, "Sandbox", null,
                    IntegrationStatus.TEST_MODE, null, null, Map.of(), Map.of()), Actor.system("test"));
            UUID product = catalog.add(new NewProduct("REC", "eSIM", null, ProductType.DIGITAL,
                    new BigDecimal("45.00"), "TRY", null, List.of())).id();
            UUID cart = carts.add(new CartKey(null, null), product, 1).cartId();
            UUID order = placement.place(new PlaceOrder(cart, null, "late@example.com", "Late", "Shopper", null,
                    null, null), null, Locale.ENGLISH).order().id();
            return payments.create(order, ProviderType.SANDBOX, null, true);
        });
        assertTrue(tenantContext.callAs(shop, () -> gateway.decide(started.transactionId(), "succeed")).isPresent(),
                "the shopper chose success on the shop's sandbox page");

        assertEquals(0, reconciler.reconcileAcrossTenants(Instant.now().minusSeconds(3600)), "too young to ask");
        assertTrue(reconciler.reconcileAcrossTenants(Instant.now().plusSeconds(60)) >= 1);
        assertTrue(reconciler.reconcileAcrossTenants(Instant.now().plusSeconds(60)) >= 0);

        var order = tenantContext.callAs(shop, () -> orders.detailForStaff(started.payment().orderId(), Locale.ENGLISH));
        assertEquals("paid", order.paymentStatus());
        // confirmed once by the payment; then, a digital product with no eSIM provider connected, left for staff
        assertEquals("fulfillment_failed", order.status());
        assertEquals(1, order.history().stream().filter(c -> c.toStatus().equals("confirmed")).count());
    }
}
