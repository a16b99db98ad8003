package io.kervan.cart.application;

import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.Money;

import java.util.UUID;

/** A cart line with the product's price at this moment. */
public record PricedLine(UUID productId, String sku, String name, ProductType type, Money unitPrice, int quantity,
                         Money lineTotal, boolean available) {
}
