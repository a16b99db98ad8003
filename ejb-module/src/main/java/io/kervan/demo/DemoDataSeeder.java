package io.kervan.demo;

import io.kervan.cart.application.CouponBook;
import io.kervan.cart.domain.CouponKind;
import io.kervan.cart.domain.CouponTerms;
import io.kervan.catalog.application.NewProduct;
import io.kervan.integrations.application.IntegrationChanges;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.IntegrationStatus;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.catalog.application.ShippingCatalog;
import io.kervan.catalog.application.ShippingMethodDetails;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.Actor;
import io.kervan.tenancy.application.NewTenant;
import io.kervan.tenancy.application.TenantAdministration;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.application.TenantView;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Opens the {@code demo} shop with an owner, a few products, two shipping methods, a sandbox payment integration and the coupon HOSGELDIN10,
 * once, when {@code kervan.demo.seed} is true (the run
 * command sets it; production never does). Each step is its own transaction, opened as the demo tenant.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    static final String DEMO_SLUG = "demo";

    @Inject
    @ConfigProperty(name = "kervan.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "kervan.demo.owner-email", defaultValue = "owner@demo.localhost")
    String ownerEmail;

    @Inject
    @ConfigProperty(name = "kervan.demo.owner-password", defaultValue = "demo-owner-password")
    String ownerPassword;

    @Inject
    TenantAdministration administration;

    @Inject
    ProductCatalog catalog;

    @Inject
    ShippingCatalog shipping;

    @Inject
    CouponBook coupons;

    @Inject
    IntegrationRegistry integrations;

    @Inject
    TenantContext tenantContext;

    @PostConstruct
    void seedOnce() {
        if (!seed || administration.exists(DEMO_SLUG)) {
            return;
        }
        TenantView demo = administration.open(new NewTenant(DEMO_SLUG, "Kervan Demo Shop", "TRY", "tr",
                ownerEmail, ownerPassword, "Demo Owner"));
        tenantContext.callAs(administration.ref(demo.slug()), () -> {
            products().forEach(catalog::add);
            shipping.add(new ShippingMethodDetails("Standard", "Aras Kargo", new BigDecimal("49.90"), "TRY", 2, 4, true));
            shipping.add(new ShippingMethodDetails("Express", "Yurtiçi Kargo", new BigDecimal("89.90"), "TRY", 1, 1,
                    true));
            integrations.create(new IntegrationChanges(ProviderType.SANDBOX, "Sandbox gateway",
                    "Built-in test gateway: succeed, decline or 3-D Secure on its own page", IntegrationStatus.TEST_MODE,
                    null, null, null, Map.of()), Actor.system("demo-seed"));
            coupons.add("HOSGELDIN10", new CouponTerms(CouponKind.PERCENTAGE, BigDecimal.TEN, null,
                    new BigDecimal("100.00"), null, null, null, 1, true));
            return null;
        });
        LOG.info("Seeded the demo shop at demo.<base-domain> with owner " + ownerEmail);
    }

    private static List<NewProduct> products() {
        return List.of(
                new NewProduct("TSHIRT-KERVAN", "Kervan T-Shirt", "Organic cotton, printed in Istanbul",
                        ProductType.PHYSICAL, new BigDecimal("349.90"), "TRY", 120, List.of()),
                new NewProduct("MUG-CARAVAN", "Caravan Mug", "Stoneware, 330 ml", ProductType.PHYSICAL,
                        new BigDecimal("189.00"), "TRY", 40, List.of()),
                new NewProduct("TEA-RIZE-500", "Rize Black Tea 500 g", "First harvest", ProductType.PHYSICAL,
                        new BigDecimal("145.50"), "TRY", 300, List.of()),
                new NewProduct("ESIM-TR-5GB-7D", "eSIM Turkey 5 GB / 7 days", "Delivered by email as a QR code",
                        ProductType.DIGITAL, new BigDecimal("299.00"), "TRY", null, List.of()),
                new NewProduct("ESIM-EU-10GB-30D", "eSIM Europe 10 GB / 30 days", "Delivered by email as a QR code",
                        ProductType.DIGITAL, new BigDecimal("649.00"), "TRY", null, List.of()));
    }
}
