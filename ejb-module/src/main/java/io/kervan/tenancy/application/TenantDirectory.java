package io.kervan.tenancy.application;

import io.kervan.tenancy.domain.TenantRef;
import io.kervan.tenancy.domain.TenantRepository;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Finds the active tenant behind a subdomain. Every API request asks, so answers are cached briefly; a suspension made
 * on this node takes effect at once, one made on another node as soon as this node hears of it ({@link TenantChanges})
 * and at the latest within {@code kervan.tenancy.cache-ttl}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TenantDirectory {

    private record Entry(Optional<TenantRef> tenant, Instant expiresAt) {
    }

    private final ConcurrentMap<String, Entry> bySlug = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, Entry> byId = new ConcurrentHashMap<>();

    @Inject
    TenantRepository tenants;

    @Inject
    @ConfigProperty(name = "kervan.tenancy.cache-ttl", defaultValue = "PT5S")
    Duration cacheTtl;

    /** The active tenant whose slug this is; empty for unknown and suspended tenants alike. */
    public Optional<TenantRef> findActive(String slug) {
        return cached(bySlug, slug, () -> tenants.findBySlug(slug).filter(t -> t.isActive()).map(t -> t.ref()));
    }

    /**
     * The tenant a job or timer works for, whatever its status (work already queued for it still runs). Cached like
     * {@link #findActive}: every background job asks.
     */
    public TenantRef findById(UUID id) {
        return cached(byId, id, () -> Optional.of(tenants.findById(id).map(t -> t.ref())
                .orElseThrow(() -> new IllegalStateException("No tenant " + id)))).orElseThrow();
    }

    private <K> Optional<TenantRef> cached(ConcurrentMap<K, Entry> cache, K key, Supplier<Optional<TenantRef>> load) {
        Instant now = Instant.now();
        Entry entry = cache.get(key);
        if (entry == null || entry.expiresAt().isBefore(now)) {
            entry = new Entry(load.get(), now.plus(cacheTtl));
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, entry);
        }
        return entry.tenant();
    }

    public void forgetAll() {
        bySlug.clear();
        byId.clear();
    }

    public void forget(String slug) {
        bySlug.remove(slug);
        byId.values().removeIf(entry -> entry.tenant().map(t -> t.slug().equals(slug)).orElse(false));
    }
}
