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
import java.util.function.Function;

/**
 * The public catalog pages shoppers browse, kept for half a minute per shop, page and search
 * ({@code kervan.catalog.listing-cache-seconds}, 0 turns it off), as the caller renders them for the wire: every
 * shopper of a shop sees the same pages, so one query and one rendering serve them all. How many products match is
 * kept per shop and search, so the pages share one count. A staff change to a product empties the shop's pages on this
 * node once it commits; the stock a page shows may lag orders by that long (adding to the cart and ordering
 * always check live stock). Deep pages are the costly ones to build, and a catalog of thousands of products has
 * hundreds of them, so a page must live long enough to be asked for again.
 */
@ApplicationScoped
public class ProductListings {

    /** Bytes held in all cached pages together: a bound on memory whatever searches arrive. */
    private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    private record Search(UUID tenantId, long generation, String text) {
    }

    private record PageKey(Search search, int page, int pageSize) {
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "kervan.catalog.listing-cache-seconds", defaultValue = "30")
    int cacheSeconds;

    /** Bumped when a shop's products change, so its older pages are never read again (they expire unread). */
    private final ConcurrentMap<UUID, Long> generations = new ConcurrentHashMap<>();

    private Cache<PageKey, byte[]> pages;

    private Cache<Search, Long> counts;

    @PostConstruct
    void createCaches() {
        Duration lifetime = Duration.ofSeconds(Math.max(cacheSeconds, 1));
        pages = Caffeine.newBuilder()
                .expireAfterWrite(lifetime)
                .maximumWeight(MAX_CACHED_BYTES)
                .weigher((PageKey key, byte[] rendered) -> rendered.length)
                .build();
        counts = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(10_000).build();
    }

    /**
     * A page of the shop's active products by name, narrowed to names containing {@code search}, as {@code render}
     * turns it into bytes for the wire.
     */
    public byte[] browse(String search, PageRequest page, Function<Page<ProductView>, byte[]> render) {
        String text = search == null || search.isBlank() ? "" : search.strip().toLowerCase(Locale.ROOT);
        if (cacheSeconds <= 0) {
            return render.apply(new Page<>(catalog.browse(text, page), page.page(), page.pageSize(),
                    catalog.countForSale(text)));
        }
        UUID tenantId = tenantContext.require().id();
        Search key = new Search(tenantId, generations.getOrDefault(tenantId, 0L), text);
        return pages.get(new PageKey(key, page.page(), page.pageSize()), missing -> {
            long total = counts.get(key, k -> catalog.countForSale(text));
            return render.apply(new Page<>(catalog.browse(text, page), page.page(), page.pageSize(), total));
        });
    }

    void forgetPages(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged change) {
        generations.merge(change.tenantId(), 1L, Long::sum);
    }
}
