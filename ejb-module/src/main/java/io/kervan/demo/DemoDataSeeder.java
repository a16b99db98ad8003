package io.kervan.demo;

import io.kervan.cart.application.CouponBook;
import io.kervan.cart.domain.CouponKind;
import io.kervan.cart.domain.CouponTerms;
import io.kervan.catalog.application.NewProduct;
import io.kervan.esim.application.EsimCatalogueSync;
import io.kervan.esim.application.SyncView;
import io.kervan.integrations.domain.Secret;
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
import jakarta.ejb.EJB;
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
 * Opens the {@code demo} shop with an owner, a few products, two shipping methods, a sandbox payment integration and
 * the coupon HOSGELDIN10, once, when {@code kervan.demo.seed} is true (the run command sets it; production never
 * does). The demo sells eSIMs too: its eSIM Go integration points at the run command's eSIM Go simulator
 * ({@code kervan.demo.esimgo-endpoint}), whose catalogue is synced at once, so the eSIMs on sale are real bundles that
 * a paid order buys and mails as QR codes. That connection is made once, also for a demo shop seeded before it existed.
 * Each step is its own transaction, opened as the demo tenant.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    static final String DEMO_SLUG = "demo";
    private static final Actor ACTOR = Actor.system("demo-seed");

    @Inject
    @ConfigProperty(name = "kervan.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    @ConfigProperty(name = "kervan.demo.owner-email", defaultValue = "owner@demo.localhost")
    String ownerEmail;

    @Inject
    @ConfigProperty(name = "kervan.demo.owner-password", defaultValue = "demo-owner-password")
    String ownerPassword;

    /** The eSIM Go simulator's API root, with its version; the run command gives the port it started it on. */
    @Inject
    @ConfigProperty(name = "kervan.demo.esimgo-endpoint", defaultValue = "http://127.0.0.1:12141/v2.4")
    String esimGoEndpoint;

    /** The simulator's organisation (its own, public, test key: never a real one). */
    @Inject
    @ConfigProperty(name = "kervan.demo.esimgo-api-key", defaultValue = "esimgo-simulator-key-0001")
    String esimGoApiKey;

    @Inject
    TenantAdministration administration;

    @EJB
    EsimCatalogueSync catalogueSync;

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
        if (!seed) {
            return;
        }
        if (!administration.exists(DEMO_SLUG)) {
            open();
        }
        tenantContext.callAs(administration.ref(DEMO_SLUG), () -> {
            connectEsimGo();
            return null;
        });
    }

    private void open() {
        TenantView demo = administration.open(new NewTenant(DEMO_SLUG, "Kervan Demo Shop", "TRY", "tr",
                ownerEmail, ownerPassword, "Demo Owner"));
        tenantContext.callAs(administration.ref(demo.slug()), () -> {
            products().forEach(catalog::add);
            shipping.add(new ShippingMethodDetails("Standard", "Aras Kargo", new BigDecimal("49.90"), "TRY", 2, 4, true));
            shipping.add(new ShippingMethodDetails("Express", "Yurtiçi Kargo", new BigDecimal("89.90"), "TRY", 1, 1,
                    true));
            integrations.create(new IntegrationChanges(ProviderType.SANDBOX, "Sandbox gateway",
                    "Built-in test gateway: succeed, decline or 3-D Secure on its own page", IntegrationStatus.TEST_MODE,
                    null, null, null, Map.of()), ACTOR);
            coupons.add("HOSGELDIN10", new CouponTerms(CouponKind.PERCENTAGE, BigDecimal.TEN, null,
                    new BigDecimal("100.00"), null, null, null, 1, true));
            return null;
        });
        LOG.info("Seeded the demo shop at demo.<base-domain> with owner " + ownerEmail);
    }

    /**
     * Connects the demo shop to the eSIM Go simulator unless it has an eSIM Go integration (even a disabled one: the
     * owner's choice stands), and syncs the catalogue now. Should the simulator not answer, the catalogue schedule
     * tries again within a minute.
     */
    private void connectEsimGo() {
        if (integrations.list().stream().anyMatch(i -> i.providerType().equals(ProviderType.ESIMGO.code()))) {
            return;
        }
        integrations.create(new IntegrationChanges(ProviderType.ESIMGO, "eSIM Go (simulator)",
                "The run command's eSIM Go simulator: paid eSIMs are bought there and mailed as QR codes",
                IntegrationStatus.TEST_MODE, null, esimGoEndpoint,
                Map.of("currency", "USD", "markup_percent", 30, "price_ending", "0.99"),
                Map.of("api_key", Secret.of(esimGoApiKey))), ACTOR);
        try {
            SyncView synced = catalogueSync.sync(ACTOR);
            LOG.info("Connected the demo shop to the eSIM Go simulator at " + esimGoEndpoint + " and synced "
                    + synced.created() + " eSIM bundles into its catalog");
        } catch (RuntimeException notNow) {
            LOG.warning("Connected the demo shop to the eSIM Go simulator at " + esimGoEndpoint + ", but its "
                    + "catalogue could not be synced now (" + notNow.getMessage() + "); the schedule tries again "
                    + "within a minute, or sync it by hand: POST /api/esim/catalogue/sync/");
        }
    }

    private static List<NewProduct> products() {
        return List.of(
                new NewProduct("TSHIRT-KERVAN", "Kervan T-Shirt", "Organic cotton, printed in Istanbul",
                        ProductType.PHYSICAL, new BigDecimal("349.90"), "TRY", 120, List.of()),
                new NewProduct("MUG-CARAVAN", "Caravan Mug", "Stoneware, 330 ml", ProductType.PHYSICAL,
                        new BigDecimal("189.00"), "TRY", 40, List.of()),
                new NewProduct("TEA-RIZE-500", "Rize Black Tea 500 g", "First harvest", ProductType.PHYSICAL,
                        new BigDecimal("145.50"), "TRY", 300, List.of()));
    }
}
