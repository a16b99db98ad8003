package io.kervan.catalog.application;

import java.math.BigDecimal;
import java.util.List;

/** What staff change on a product; null leaves a field as it is. */
public record ProductChanges(String name, String description, BigDecimal price, Integer stock, Boolean active,
                             List<String> imageUrls) {
}
