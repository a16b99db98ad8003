package io.kervan.catalog.application;

import io.kervan.shared.application.AnnouncedCache;
import io.kervan.shared.application.ChangeSubscriber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The products whose storefront page this node has shown, up to {@code kervan.catalog.product-cache-size} of them (0
 * turns the cache off), so that showing one again costs no database round trip. Kept like tracked orders
 * ({@code TrackingCache}): trusted only while this node hears PostgreSQL announce every change a page shows (the
 * {@code products_page_changed} trigger, V32), and forgotten here as soon as a change of this node commits: a staff
 * edit ({@link ProductsChanged}, which empties the shop's products) or an order that took or gave back stock ({@link StockMoved}).
 */
@ApplicationScoped
public class ProductPageCache implements ChangeSubscriber {

    private static final Duration LIFETIME = Duration.ofMinutes(10);

    private record Key(UUID tenantId, UUID productId) {
    }

    @Inject
    @ConfigProperty(name = "kervan.catalog.product-cache-size", defaultValue = "50000")
    long size;

    private AnnouncedCache<Key, ProductView> products;

    @PostConstruct
    void create() {
        products = new AnnouncedCache<>(size, LIFETIME);
    }

    @Override
    public String channel() {
        return "product_page";
    }

    @Override
    public boolean enabled() {
        return size > 0;
    }

    /** The shop's product, from this node's memory or else from {@code database}. */
    public Optional<ProductView> product(UUID tenantId, UUID productId, Supplier<Optional<ProductView>> database) {
        Key key = new Key(tenantId, productId);
        ProductView known = products.known(key);
        return known != null ? Optional.of(known) : products.read(key, database);
    }

    /** A product's page changed in a transaction that has committed: {@code '<tenant id> <product id>'}. */
    @Override
    public void heard(String payload) {
        int space = payload.indexOf(' ');
        products.forget(new Key(UUID.fromString(payload.substring(0, space)),
                UUID.fromString(payload.substring(space + 1))));
    }

    void edited(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProductsChanged change) {
        products.forgetIf(key -> key.tenantId().equals(change.tenantId()));
    }

    void stockMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockMoved change) {
        change.productIds().forEach(id -> products.forget(new Key(change.tenantId(), id)));
    }

    @Override
    public void listening() {
        products.listening();
    }

    @Override
    public void deaf() {
        products.deaf();
    }
}
