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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The public catalog pages shoppers browse, kept for half a minute per shop, page and search
 * ({@code kervan.catalog.listing-cache-seconds}, 0 turns it off): every shopper of a shop sees the same pages, so one
 * query serves them all. The API keeps each page as it renders it for the wire as well ({@link #browse}), so a page
 * asked for again is not rendered again either; the storefront's pages, which differ per visitor (language, form
 * token), take the page itself ({@link #page}). How many products match is kept per shop and search, so the pages
 * share one count, and the front page's newest products are kept the same way. A staff change to a product empties the
 * shop's pages on this node once it commits; the stock a page shows may lag orders by that long (adding to the cart
 * and ordering always check live stock). Deep pages are the costly ones to build, and a catalog of thousands of
 * products has hundreds of them, so a page must live long enough to be asked for again.
 */
@ApplicationScoped
public class ProductListings {

    /** Bytes held in each of the two page caches: a bound on memory whatever searches arrive. */
    private static final long MAX_CACHED_BYTES = 64L * 1024 * 1024;

    private record Search(UUID tenantId, long generation, String text) {
    }

    private record PageKey(Search search, int page, int pageSize) {
    }

    private record Newest(UUID tenantId, long generation, int limit) {
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    TenantContext tenantContext;

    @Inject
    ProductPageCache productPages;

    @Inject
    @ConfigProperty(name = "kervan.catalog.listing-cache-seconds", defaultValue = "30")
    int cacheSeconds;

    /** Bumped when a shop's products change, so its older pages are never read again (they expire unread). */
    private final ConcurrentMap<UUID, Long> generations = new ConcurrentHashMap<>();

    private Cache<PageKey, Page<ProductView>> pages;

    private Cache<PageKey, byte[]> rendered;

    private Cache<Search, Long> counts;

    private Cache<Newest, List<ProductView>> newest;

    @PostConstruct
    void createCaches() {
        Duration lifetime = Duration.ofSeconds(Math.max(cacheSeconds, 1));
        pages = Caffeine.newBuilder()
                .expireAfterWrite(lifetime)
                .maximumWeight(MAX_CACHED_BYTES)
                .weigher((PageKey key, Page<ProductView> page) -> estimatedBytes(page.items()))
                .build();
        rendered = Caffeine.newBuilder()
                .expireAfterWrite(lifetime)
                .maximumWeight(MAX_CACHED_BYTES)
                .weigher((PageKey key, byte[] bytes) -> bytes.length)
                .build();
        counts = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(10_000).build();
        newest = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(10_000).build();
    }

    /** A page of the shop's active products by name, narrowed to names containing {@code search}. */
    public Page<ProductView> page(String search, PageRequest page) {
        String text = normalized(search);
        if (cacheSeconds <= 0) {
            return read(text, page, catalog.countForSale(text));
        }
        Search key = search(text);
        return pages.get(new PageKey(key, page.page(), page.pageSize()),
                missing -> read(text, page, counts.get(key, k -> catalog.countForSale(text))));
    }

    /** {@link #page}, as {@code render} turns it into bytes for the wire. */
    public byte[] browse(String search, PageRequest page, Function<Page<ProductView>, byte[]> render) {
        if (cacheSeconds <= 0) {
            return render.apply(page(search, page));
        }
        return rendered.get(new PageKey(search(normalized(search)), page.page(), page.pageSize()),
                missing -> render.apply(page(search, page)));
    }

    /** What the shop put on sale last, newest first (the storefront's front page). */
    public List<ProductView> newest(int limit) {
        if (cacheSeconds <= 0) {
            return catalog.newest(limit);
        }
        UUID tenantId = tenantContext.require().id();
        return newest.get(new Newest(tenantId, generations.getOrDefault(tenantId, 0L), limit),
                missing -> catalog.newest(limit));
    }

    /** One product on sale, for its page: kept by {@link ProductPageCache}, which hears every change the page shows. */
    public ProductView product(UUID id) {
        return productPages.product(tenantContext.require().id(), id, () -> catalog.activeProduct(id))
                .orElseThrow(() -> ProductCatalog.notFound(id));
    }

    void forgetPages(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged change) {
        generations.merge(change.tenantId(), 1L, Long::sum);
    }

    private Page<ProductView> read(String text, PageRequest page, long total) {
        return new Page<>(catalog.browse(text, page), page.page(), page.pageSize(), total);
    }

    private Search search(String text) {
        UUID tenantId = tenantContext.require().id();
        return new Search(tenantId, generations.getOrDefault(tenantId, 0L), text);
    }

    private static String normalized(String search) {
        return search == null || search.isBlank() ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    /** Roughly what a page of products holds in memory: its texts (two bytes a character) and a little per product. */
    private static int estimatedBytes(List<ProductView> products) {
        long bytes = 64;
        for (ProductView p : products) {
            bytes += 256 + 2L * (length(p.name()) + length(p.description()) + length(p.sku()));
            for (String url : p.imageUrls() == null ? List.<String>of() : p.imageUrls()) {
                bytes += 64 + 2L * url.length();
            }
        }
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
