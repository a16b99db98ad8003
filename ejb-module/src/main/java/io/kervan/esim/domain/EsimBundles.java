package io.kervan.esim.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current shop's synced eSIM Go bundles. */
public interface EsimBundles {

    /**
     * Makes the shop's catalogue syncs take turns, until the caller's transaction ends: two syncs at once (a click and
     * the timer, two nodes) would otherwise both create the same products.
     */
    void lockForSync();

    /** Every bundle of the shop, offered or withdrawn. */
    List<EsimBundle> all();

    void add(EsimBundle bundle);

    /**
     * The offered bundles covering {@code country} (ISO code), narrowed to exactly {@code dataMb} and {@code days}
     * when given, cheapest first, at most {@code limit}.
     */
    List<EsimBundle> offeredFor(String country, Integer dataMb, Integer days, int limit);

    /** A bundle by its eSIM Go name. */
    Optional<EsimBundle> findByName(String name);

    /** The bundle a product sells, for fulfillment. */
    Optional<EsimBundle> findByProduct(UUID productId);
}
