package io.kervan.it.integrations;

import io.kervan.integrations.application.VaultRotation;
import io.kervan.integrations.domain.CredentialVault;
import io.kervan.integrations.domain.Sealed;
import io.kervan.integrations.domain.Secret;
import io.kervan.integrations.infrastructure.MasterKeys;
import io.kervan.it.support.Deployments;
import io.kervan.it.support.InContainerTest;
import io.kervan.tenancy.application.NewTenant;
import io.kervan.tenancy.application.TenantAdministration;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs inside the server, which is configured with master keys 1 and 2 (2 active): a tenant whose data key is still
 * wrapped by key 1 keeps opening its secrets, and after the re-wrap its data key is under key 2 and the same secrets
 * still open. A ciphertext copied to another tenant does not open.
 */
@InContainerTest
class VaultRotationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(VaultRotationIT.class);
    }

    @Inject
    TenantAdministration administration;

    @Inject
    TenantContext tenantContext;

    @Inject
    CredentialVault vault;

    @Inject
    MasterKeys masterKeys;

    @Inject
    VaultRotation rotation;

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private TenantRef open(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        administration.open(new NewTenant(slug, slug, "TRY", "tr", "owner@" + slug + ".test", "owner-password", null));
        return administration.ref(slug);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    @Test
    void data_keys_under_an_old_master_key_are_rewrapped_and_secrets_still_open() throws Exception {
        TenantRef shop = open("vault");
        // The shop's data key as an older node would have stored it: wrapped by master key version 1.
        byte[] dataKey = new byte[32];
        new SecureRandom().nextBytes(dataKey);
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher wrap = Cipher.getInstance("AES/GCM/NoPadding");
        wrap.init(Cipher.ENCRYPT_MODE, masterKeys.version(1), new GCMParameterSpec(128, nonce));
        wrap.updateAAD(ByteBuffer.allocate(16).putLong(shop.id().getMostSignificantBits())
                .putLong(shop.id().getLeastSignificantBits()).array());
        byte[] wrapped = wrap.doFinal(dataKey);
        inTransaction(() -> em.createNativeQuery("insert into tenant_data_keys (tenant_id, wrapped_key, nonce, "
                        + "master_key_version, created_at) values (?1, ?2, ?3, 1, now())")
                .setParameter(1, shop.id()).setParameter(2, wrapped).setParameter(3, nonce).executeUpdate());

        Sealed sealed = tenantContext.callAs(shop, () -> unchecked(() -> inTransaction(
                () -> vault.seal(Secret.of("sk_test_kervan_0001")))));

        VaultRotation.Outcome outcome = rotation.rewrapAllAcrossTenants();
        assertTrue(outcome.rewrapped() >= 1);
        assertEquals(2, outcome.activeMasterKey());
        Object version = inTransaction(() -> em.createNativeQuery(
                "select master_key_version from tenant_data_keys where tenant_id = ?1")
                .setParameter(1, shop.id()).getSingleResult());
        assertEquals(2, ((Number) version).intValue());

        Secret reopened = tenantContext.callAs(shop, () -> unchecked(() -> inTransaction(() -> vault.open(sealed))));
        assertEquals("sk_test_kervan_0001", reopened.reveal());
        assertEquals("••••0001", reopened.toString());
    }

    @Test
    void a_ciphertext_moved_to_another_tenant_does_not_open() throws Exception {
        TenantRef first = open("vault-a");
        TenantRef second = open("vault-b");
        Sealed sealed = tenantContext.callAs(first, () -> unchecked(() -> inTransaction(
                () -> vault.seal(Secret.of("sk_live_secret_9999")))));
        assertNotEquals(0, sealed.ciphertext().length);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> tenantContext.callAs(second,
                () -> unchecked(() -> inTransaction(() -> vault.open(sealed)))));
        // The GCM tag check: the ciphertext is bound to its tenant (its data key and the tenant id as associated data).
        assertEquals("A sealed value could not be opened (wrong key or altered data)", refused.getMessage());
        Secret own = tenantContext.callAs(first, () -> unchecked(() -> inTransaction(() -> vault.open(sealed))));
        assertEquals("sk_live_secret_9999", own.reveal(), "the same value still opens for its own tenant");
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
