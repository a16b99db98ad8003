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

/**
 * Finds the active tenant behind a subdomain. Every API request asks, so answers are cached briefly; a suspension made
 * on this node takes effect at once, one made on another node within {@code kervan.tenancy.cache-ttl}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TenantDirectory {

    private record Entry(Optional<TenantRef> tenant, Instant expiresAt) {
    }

    private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, Entry> byId = new ConcurrentHashMap<>();

    @Inject
    TenantRepository tenants;

    @Inject
    @ConfigProperty(name = "kervan.tenancy.cache-ttl", defaultValue = "PT5S")
    Duration cacheTtl;

    /** The active tenant whose slug this is; empty for unknown and suspended tenants alike. */
    public Optional<TenantRef> findActive(String slug) {
        Instant now = Instant.now();
        Entry entry = cache.get(slug);
        if (entry == null || entry.expiresAt().isBefore(now)) {
            Optional<TenantRef> tenant = tenants.findBySlug(slug).filter(t -> t.isActive()).map(t -> t.ref());
            entry = new Entry(tenant, now.plus(cacheTtl));
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(slug, entry);
        }
        return entry.tenant();
    }

    /**
     * The tenant a job or timer works for, whatever its status (work already queued for it still runs). Cached like
     * {@link #findActive}: every background job asks.
     */
    public TenantRef findById(UUID id) {
        Instant now = Instant.now();
        Entry entry = byId.get(id);
        if (entry == null || entry.expiresAt().isBefore(now)) {
            TenantRef tenant = tenants.findById(id).map(t -> t.ref())
                    .orElseThrow(() -> new IllegalStateException("No tenant " + id));
            entry = new Entry(Optional.of(tenant), now.plus(cacheTtl));
            if (byId.size() > 10_000) {
                byId.clear();
            }
            byId.put(id, entry);
        }
        return entry.tenant().orElseThrow();
    }

    public void forget(String slug) {
        cache.remove(slug);
        byId.values().removeIf(entry -> entry.tenant().map(t -> t.slug().equals(slug)).orElse(false));
    }
}
