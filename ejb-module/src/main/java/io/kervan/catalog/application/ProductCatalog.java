package io.kervan.catalog.application;

import io.kervan.catalog.domain.CatalogError;
import io.kervan.catalog.domain.Product;
import io.kervan.catalog.domain.ProductType;
import io.kervan.catalog.domain.Products;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The current shop's catalog: what shoppers browse, what staff maintain, and the stock orders take. */
@Stateless
public class ProductCatalog {

    @Inject
    Products products;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<ProductsChanged> changes;

    @Inject
    Event<StockMoved> stockMoved;

    /** A page of what shoppers may buy, by name; {@code search} narrows it to names containing the text. */
    public List<ProductView> browse(String search, PageRequest page) {
        return products.activePage(search, page).stream().map(ProductView::of).toList();
    }

    public long countForSale(String search) {
        return products.countActive(search);
    }

    /** What the shop put on sale last, newest first (the storefront's home page). */
    public List<ProductView> newest(int limit) {
        return products.newestActive(limit).stream().map(ProductView::of).toList();
    }

    /** The ids of every product shoppers may see, up to {@code limit} (a sitemap holds at most 50,000). */
    public List<UUID> idsForSale(int limit) {
        return products.activeIds(limit);
    }

    public Page<ProductView> listForStaff(String search, PageRequest page) {
        return products.listAll(search, page).map(ProductView::of);
    }

    public ProductView show(UUID id) {
        return activeProduct(id).orElseThrow(() -> notFound(id));
    }

    /** The product if the shop sells it now (active), for shoppers. */
    public Optional<ProductView> activeProduct(UUID id) {
        return products.find(id).filter(Product::isActive).map(ProductView::of);
    }

    /** Any product of the shop, on sale or not: what staff open to edit. */
    public ProductView showForStaff(UUID id) {
        return products.find(id).map(ProductView::of).orElseThrow(() -> notFound(id));
    }

    public ProductView add(NewProduct request) {
        if (products.skuExists(request.sku().strip())) {
            throw new KervanException(CatalogError.SKU_TAKEN,
                    "Another product already uses the SKU '" + request.sku().strip() + "'");
        }
        Product product = new Product(request.sku(), request.name(), request.description(), request.type(),
                Money.of(request.price(), currencyOr(request.currency())), request.stock(), request.imageUrls());
        products.add(product);
        changed();
        return ProductView.of(product);
    }

    public ProductView edit(UUID id, ProductChanges changes) {
        Product product = products.find(id).orElseThrow(() -> notFound(id));
        Money price = changes.price() == null ? null : Money.of(changes.price(), product.price().currency());
        product.edit(changes.name(), changes.description(), price, changes.stock(), changes.imageUrls());
        if (Boolean.TRUE.equals(changes.active())) {
            product.activate();
        } else if (Boolean.FALSE.equals(changes.active())) {
            product.deactivate();
        }
        if (changes.escrow() != null) {
            product.holdPaymentsInEscrow(changes.escrow());
        }
        changed();
        return ProductView.of(product);
    }

    /** Whether any of these products holds its orders' money in escrow. */
    public boolean anyHeldInEscrow(Collection<UUID> productIds) {
        return !productIds.isEmpty() && products.findAll(productIds).stream().anyMatch(Product::isEscrow);
    }

    public ProductView deactivate(UUID id) {
        Product product = products.find(id).orElseThrow(() -> notFound(id));
        product.deactivate();
        changed();
        return ProductView.of(product);
    }

    /**
     * Keeps the shop's digital products in step with an outside catalogue whose items are named by SKU (eSIM Go's
     * bundles): a new SKU becomes an active digital product, a known one takes the offered name, description and
     * price, those in {@code returning} go back on sale and those in {@code withdrawn} come off it. A product staff
     * took off sale while it was still offered stays off sale. Shoppers' cached pages are emptied once, after commit, if
     * anything changed. A SKU that belongs to a physical product is refused ({@code sku_taken}): nothing is written.
     */
    public MirroredCatalogue mirror(Collection<MirroredProduct> offered, Set<String> returning,
                                    Set<String> withdrawn) {
        Set<String> skus = new HashSet<>(withdrawn);
        offered.forEach(o -> skus.add(o.sku()));
        Map<String, Product> existing = products.findBySkus(skus).stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
        Map<String, UUID> ids = new HashMap<>();
        Set<String> changed = new HashSet<>();
        for (MirroredProduct offer : offered) {
            Product product = existing.get(offer.sku());
            if (product == null) {
                product = new Product(offer.sku(), offer.name(), offer.description(), ProductType.DIGITAL,
                        offer.price(), null, List.of());
                products.add(product);
                changed.add(offer.sku());
            } else {
                if (product.type() != ProductType.DIGITAL) {
                    throw new KervanException(CatalogError.SKU_TAKEN, "The SKU '" + offer.sku()
                            + "' belongs to a physical product; rename it to take this item in");
                }
                if (!product.reads(offer.name(), offer.description(), offer.price())) {
                    product.edit(offer.name(), offer.description(), offer.price(), null, null);
                    changed.add(offer.sku());
                }
                if (returning.contains(offer.sku()) && !product.isActive()) {
                    product.activate();
                    changed.add(offer.sku());
                }
            }
            ids.put(offer.sku(), product.id());
        }
        for (String sku : withdrawn) {
            Product product = existing.get(sku);
            if (product != null && product.type() == ProductType.DIGITAL && product.isActive()) {
                product.deactivate();
                changed.add(sku);
            }
        }
        if (!changed.isEmpty()) {
            changed();
        }
        return new MirroredCatalogue(ids, changed);
    }

    /**
     * New prices for digital products mirrored from an outside catalogue, by SKU (a changed eSIM markup); names,
     * descriptions and whether they are on sale stay as they are. Shoppers' cached pages are emptied once if anything
     * changed. @return how many prices changed
     */
    public int reprice(Map<String, Money> prices) {
        int repriced = 0;
        for (Product product : products.findBySkus(prices.keySet())) {
            Money price = prices.get(product.sku());
            if (product.type() == ProductType.DIGITAL && !product.price().equals(price)) {
                product.edit(null, null, price, null, null);
                repriced++;
            }
        }
        if (repriced > 0) {
            changed();
        }
        return repriced;
    }

    /** The products with these ids that this shop has (inactive ones included, so callers can say why). */
    public Map<UUID, SaleableProduct> forSale(Collection<UUID> ids) {
        return products.findAll(ids).stream().map(SaleableProduct::of)
                .collect(Collectors.toMap(SaleableProduct::id, Function.identity()));
    }

    public void returnStock(Map<UUID, Integer> physicalQuantities) {
        physicalQuantities.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(line -> products.returnStock(line.getKey(), line.getValue()));
        stockMoved.fire(new StockMoved(tenantContext.require().id(), physicalQuantities.keySet()));
    }

    private void changed() {
        changes.fire(new ProductsChanged(tenantContext.require().id()));
    }

    private String currencyOr(String currency) {
        return currency == null ? tenantContext.require().defaultCurrency() : currency;
    }

    static KervanException notFound(UUID id) {
        return new KervanException(CatalogError.PRODUCT_NOT_FOUND, "This shop has no product with the id " + id);
    }
}
