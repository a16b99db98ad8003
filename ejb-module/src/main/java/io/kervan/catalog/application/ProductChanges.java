package io.kervan.catalog.application;

import java.math.BigDecimal;
import java.util.List;

/** What staff change on a product; null leaves a field as it is. {@code escrow}: its orders are held in escrow. */
public record ProductChanges(String name, String description, BigDecimal price, Integer stock, Boolean active,
                             List<String> imageUrls, Boolean escrow) {

    public ProductChanges(String name, String description, BigDecimal price, Integer stock, Boolean active,
                          List<String> imageUrls) {
        this(name, description, price, stock, active, imageUrls, null);
    }
}
