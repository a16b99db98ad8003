package io.kervan.it.tenancy;

import io.kervan.catalog.application.NewProduct;
import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.ProductView;
import io.kervan.catalog.domain.Product;
import io.kervan.catalog.domain.ProductType;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
import io.kervan.shared.domain.Money;
import io.kervan.tenancy.application.NewTenant;
import io.kervan.tenancy.application.TenantAdministration;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server: Hibernate's {@code @TenantId} fills and filters every tenant-scoped entity from the tenant
 * context, below any service, so even a hand-written query cannot see another tenant's rows.
 */
@InContainerTest
class EntityTenancyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(EntityTenancyIT.class);
    }

    @Inject
    TenantAdministration administration;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProductCatalog catalog;

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private TenantRef open(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        administration.open(new NewTenant(slug, slug, "TRY", "tr", "owner@" + slug + ".test", "owner-password", null));
        return administration.ref(slug);
    }

    private ProductView addProductAs(TenantRef tenant, String sku) {
        return tenantContext.callAs(tenant, () -> catalog.add(new NewProduct(sku, "Product " + sku, null,
                ProductType.PHYSICAL, new BigDecimal("10.00"), "TRY", 5, List.of())));
    }

    private List<UUID> productIdsVisibleNow() throws Exception {
        transaction.begin();
        try {
            return em.createQuery("select p.id from Product p", UUID.class).getResultList();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void tenant_b_sees_nothing_of_what_tenant_a_wrote() {
        TenantRef a = open("entity-a");
        TenantRef b = open("entity-b");
        UUID productOfA = addProductAs(a, "ENTITY-1").id();

        List<UUID> seenByA = tenantContext.callAs(a, this::productIdsUnchecked);
        List<UUID> seenByB = tenantContext.callAs(b, this::productIdsUnchecked);

        assertEquals(List.of(productOfA), seenByA);
        assertEquals(List.of(), seenByB);
    }

    @Test
    void a_unit_of_work_without_a_tenant_sees_nothing_and_cannot_write() throws Exception {
        TenantRef a = open("entity-c");
        addProductAs(a, "ENTITY-2");

        assertEquals(List.of(), productIdsVisibleNow());

        transaction.begin();
        em.persist(new Product("ORPHAN", "Orphan", null, ProductType.DIGITAL, Money.of(BigDecimal.ONE, "TRY"), null, List.of()));
        RollbackException refused = assertThrows(RollbackException.class, transaction::commit);
        // The row was written with the "no tenant" id, which the foreign key to tenants refuses.
        SQLException cause = sqlCause(refused);
        assertEquals("23503", cause.getSQLState(), cause.getMessage());
        assertTrue(cause.getMessage().contains("products_tenant_id_fkey"), cause.getMessage());
    }

    @Test
    void platform_code_sees_every_tenant_only_when_it_says_so() {
        TenantRef a = open("entity-d");
        TenantRef b = open("entity-e");
        UUID productOfA = addProductAs(a, "ENTITY-3").id();
        UUID productOfB = addProductAs(b, "ENTITY-3").id();

        List<UUID> everything = tenantContext.callAcrossTenants(this::productIdsUnchecked);

        assertTrue(everything.containsAll(List.of(productOfA, productOfB)));
    }

    private static SQLException sqlCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        throw new AssertionError("no SQLException behind " + thrown, thrown);
    }

    private List<UUID> productIdsUnchecked() {
        try {
            return productIdsVisibleNow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
