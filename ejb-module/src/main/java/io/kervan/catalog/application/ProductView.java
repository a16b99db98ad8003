package io.kervan.catalog.application;

import io.kervan.catalog.domain.Product;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A product as shoppers and staff see it; the price is a decimal string such as {@code "150.00"}; {@code escrow}:
 * its orders' money is held until delivery.
 */
public record ProductView(UUID id, String sku, String name, String description, String productType, String price,
                          String currency, Integer stock, boolean inStock, boolean active, List<String> imageUrls,
                          boolean escrow) {

    static ProductView of(Product p) {
        return new ProductView(p.id(), p.sku(), p.name(), p.description(), p.type().name().toLowerCase(Locale.ROOT),
                p.price().toPlainString(), p.price().currency(), p.stock(), p.isInStock(), p.isActive(),
                p.imageUrls(), p.isEscrow());
    }
}
