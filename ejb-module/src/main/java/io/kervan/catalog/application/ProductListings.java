package io.kervan.catalog.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.application.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The public catalog pages shoppers browse, kept for a few seconds per shop, page and search
 * ({@code kervan.catalog.listing-cache-seconds}, 0 turns it off). Every shopper of a shop sees the same pages, so one
 * query serves them all; a staff change to a product empties the shop's pages on this node once it commits, while the
 * stock a page shows may lag orders by those few seconds (adding to the cart and ordering always check live stock).
 */
@ApplicationScoped
public class ProductListings {

    /** Products held in all cached pages together: a bound on memory whatever searches arrive. */
    private static final long MAX_CACHED_PRODUCTS = 100_000;

    private record Key(UUID tenantId, long generation, String search, int page, int pageSize) {
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "kervan.catalog.listing-cache-seconds", defaultValue = "5")
    int cacheSeconds;

    /** Bumped when a shop's products change, so its older pages are never read again (they expire unread). */
    private final ConcurrentMap<UUID, Long> generations = new ConcurrentHashMap<>();

    private Cache<Key, Page<ProductView>> pages;

    @PostConstruct
    void createCache() {
        pages = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(Math.max(cacheSeconds, 1)))
                .maximumWeight(MAX_CACHED_PRODUCTS)
                .weigher((Key key, Page<ProductView> page) -> page.items().size() + 1)
                .build();
    }

    /** A page of the shop's active products, by name; {@code search} narrows it to names containing the text. */
    public Page<ProductView> browse(String search, PageRequest page) {
        if (cacheSeconds <= 0) {
            return catalog.browse(search, page);
        }
        UUID tenantId = tenantContext.require().id();
        String normalized = search == null || search.isBlank() ? "" : search.strip().toLowerCase(Locale.ROOT);
        Key key = new Key(tenantId, generations.getOrDefault(tenantId, 0L), normalized, page.page(), page.pageSize());
        return pages.get(key, missing -> catalog.browse(normalized, page));
    }

    void forgetPages(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged change) {
        generations.merge(change.tenantId(), 1L, Long::sum);
    }
}
