package io.kervan.catalog.domain;

import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
     * Takes the stock of physical products for an order about to be written, all of it or none, in product-id order,
     * and records it under {@code reservation}. The caller's transaction holds nothing else and commits without
     * waiting for the disk: the product rows' locks are held for a moment, not for a disk flush, and the order's own
     * (durable) commit, which {@link #claim}s the reservation, comes later in the log, so an order that survives a
     * crash always has its stock taken.
     *
     * @return the first product without enough stock left (nothing is taken then), or empty
     */
    Optional<UUID> reserve(UUID reservation, Map<UUID, Integer> physicalQuantities);

    /** Forgets a reservation in the order's transaction; false when it is gone (released meanwhile). */
    boolean claim(UUID reservation);

    /** Gives back the stock of a reservation that was not claimed, and forgets it. */
    void release(UUID reservation);

    /** Gives back the stock of every shop's reservations made before {@code before} and never claimed. */
    int releaseUnclaimedBefore(Instant before);

    /** Gives back stock of a cancelled order. */
    void returnStock(UUID productId, int quantity);
}
