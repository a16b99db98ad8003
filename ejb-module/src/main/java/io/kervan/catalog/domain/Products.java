package io.kervan.catalog.domain;

import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's products. */
public interface Products {

    Optional<Product> find(UUID id);

    List<Product> findAll(Collection<UUID> ids);

    boolean skuExists(String sku);

    /** The products, active or not, that have one of these SKUs. */
    List<Product> findBySkus(Collection<String> skus);

    /** One page of the active products whose name contains {@code nameContains} (any case), by name. */
    List<Product> activePage(String nameContains, PageRequest page);

    /** How many active products have a name containing {@code nameContains} (any case). */
    long countActive(String nameContains);

    /** The shop's newest active products, newest first. */
    List<Product> newestActive(int limit);

    /** The ids of the shop's active products by name (for the sitemap), at most {@code limit}. */
    List<UUID> activeIds(int limit);

    /** Every product, active or not, by name: the staff's view. */
    Page<Product> listAll(String nameContains, PageRequest page);

    void add(Product product);

    /**
     * Takes {@code quantity} units of a physical product's stock in one atomic statement, so concurrent orders can
     * never take more than there is.
     *
     * @return false when there is not enough stock left
     */
    boolean takeStock(UUID productId, int quantity);

    /** Gives back stock taken by {@link #takeStock}. */
    void returnStock(UUID productId, int quantity);
}
