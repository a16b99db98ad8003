package io.kervan.esim.application;

import io.kervan.catalog.application.ProductCatalog;
import io.kervan.catalog.application.SaleableProduct;
import io.kervan.esim.domain.EsimBundle;
import io.kervan.esim.domain.EsimBundles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the shop's eSIM bundles for a plan, so the storefront can map "Turkey, 5 GB, 7 days" to a product to sell;
 * and, for fulfillment, the bundle a product sells. Only bundles eSIM Go still offers and whose product is on sale.
 */
@Stateless
public class BundleSearch {

    /** More than any country has; a storefront narrows by data and days. */
    static final int LIMIT = 200;

    @Inject
    EsimBundles bundles;

    @Inject
    ProductCatalog catalog;

    /** Cheapest first. */
    public List<BundleView> find(BundleQuery query) {
        List<EsimBundle> found = bundles.offeredFor(query.country(), query.dataMb(), query.days(), LIMIT);
        Map<UUID, SaleableProduct> products = catalog.forSale(found.stream().map(EsimBundle::productId).toList());
        return found.stream()
                .filter(b -> products.containsKey(b.productId()) && products.get(b.productId()).active())
                .map(b -> BundleView.of(b, products.get(b.productId())))
                .toList();
    }

    /** The eSIM Go bundle name a product sells; empty for a product that is not a synced bundle. */
    public Optional<String> bundleNameOf(UUID productId) {
        return bundles.findByProduct(productId).map(EsimBundle::name);
    }
}
