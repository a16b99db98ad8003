package io.kervan.catalog.application;

import io.kervan.catalog.domain.Product;
import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.Money;

import java.util.UUID;

/** What the cart and orders need to know about a product at this moment. */
public record SaleableProduct(UUID id, String sku, String name, ProductType type, Money price, Integer stock,
                              boolean active) {

    static SaleableProduct of(Product p) {
        return new SaleableProduct(p.id(), p.sku(), p.name(), p.type(), p.price(), p.stock(), p.isActive());
    }

    /** Whether {@code quantity} can be sold now: digital goods always, physical ones while stock lasts. */
    public boolean canSupply(int quantity) {
        return active && (type == ProductType.DIGITAL || stock >= quantity);
    }
}
