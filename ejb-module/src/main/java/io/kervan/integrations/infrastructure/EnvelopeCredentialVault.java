package io.kervan.integrations.infrastructure;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kervan.integrations.domain.CredentialVault;
import io.kervan.integrations.domain.Sealed;
import io.kervan.integrations.domain.Secret;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Seals and opens secrets with envelope encryption: each tenant has its own AES-256 data key, stored only wrapped by
 * a master key (with the master key's version beside it); each secret is AES-256-GCM under its tenant's data key,
 * with the tenant id as associated data so a ciphertext copied to another tenant does not open. Rotating the master
 * key re-wraps the data keys only ({@link #rewrapAllAcrossTenants()}); secrets stay as they are and remain readable
 * throughout.
 */
@ApplicationScoped
public class EnvelopeCredentialVault implements CredentialVault {

    @PersistenceContext(unitName = "kervan")
    EntityManager em;

    @Inject
    MasterKeys masterKeys;

    @Inject
    TenantContext tenantContext;

    /**
     * Data keys read from the database, unwrapped, by tenant: a data key never changes (rotation re-wraps it), so it is
     * unwrapped once per node instead of on every secret opened. Keys created in a transaction that may still roll
     * back are not kept here.
     */
    private final Cache<UUID, SecretKey> openedDataKeys = Caffeine.newBuilder().maximumSize(10_000).build();

    @Override
    public Sealed seal(Secret secret) {
        UUID tenant = tenantContext.require().id();
        return AesGcm.encrypt(dataKey(tenant), secret.reveal().getBytes(StandardCharsets.UTF_8), bytes(tenant));
    }

    @Override
    public Secret open(Sealed sealed) {
        UUID tenant = tenantContext.require().id();
        return Secret.of(new String(AesGcm.decrypt(dataKey(tenant), sealed, bytes(tenant)), StandardCharsets.UTF_8));
    }

    @Override
    public int rewrapAllAcrossTenants() {
        List<TenantDataKey> stale = em.createQuery("select k from TenantDataKey k where k.masterKeyVersion <> :active",
                        TenantDataKey.class)
                .setParameter("active", masterKeys.activeVersion())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (TenantDataKey key : stale) {
            byte[] plain = unwrap(key);
            Sealed wrapped = AesGcm.encrypt(masterKeys.active(), plain, bytes(key.tenantId()));
            key.rewrap(wrapped.ciphertext(), wrapped.nonce(), masterKeys.activeVersion());
        }
        return stale.size();
    }

    @Override
    public int activeMasterKey() {
        return masterKeys.activeVersion();
    }

    private SecretKey dataKey(UUID tenant) {
        SecretKey opened = openedDataKeys.getIfPresent(tenant);
        if (opened != null) {
            return opened;
        }
        TenantDataKey key = em.find(TenantDataKey.class, tenant);
        if (key == null) {
            // Two first secrets of one tenant at once: the loser of the insert race reads the winner's key.
            byte[] plain = AesGcm.randomKey();
            Sealed wrapped = AesGcm.encrypt(masterKeys.active(), plain, bytes(tenant));
            int inserted = em.createNativeQuery("insert into tenant_data_keys (tenant_id, wrapped_key, nonce, "
                            + "master_key_version, created_at) values (?1, ?2, ?3, ?4, now()) on conflict do nothing")
                    .setParameter(1, tenant)
                    .setParameter(2, wrapped.ciphertext())
                    .setParameter(3, wrapped.nonce())
                    .setParameter(4, masterKeys.activeVersion())
                    .executeUpdate();
            if (inserted == 1) {
                return new SecretKeySpec(plain, "AES");
            }
            key = em.find(TenantDataKey.class, tenant);
        }
        SecretKey unwrapped = new SecretKeySpec(unwrap(key), "AES");
        openedDataKeys.put(tenant, unwrapped);
        return unwrapped;
    }

    private byte[] unwrap(TenantDataKey key) {
        return AesGcm.decrypt(masterKeys.version(key.masterKeyVersion()),
                new Sealed(key.wrappedKey(), key.nonce()), bytes(key.tenantId()));
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }
}
