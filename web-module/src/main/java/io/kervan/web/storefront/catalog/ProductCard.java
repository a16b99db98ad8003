package io.kervan.web.storefront.catalog;

import io.kervan.catalog.application.ProductView;

import java.util.List;
import java.util.UUID;

/** A product as the storefront shows it in lists and on its page. */
public record ProductCard(UUID id, String name, String description, String price, String currency, boolean inStock,
                          Integer stock, boolean digital, List<String> imageUrls) {

    /** Images are drawn in a square box of this size (CSS scales them), so nothing shifts as they load. */
    public static final int IMAGE_SIZE = 600;

    public static ProductCard of(ProductView p) {
        return new ProductCard(p.id(), p.name(), p.description(), p.price(), p.currency(), p.inStock(), p.stock(),
                "digital".equals(p.productType()), p.imageUrls() == null ? List.of() : p.imageUrls());
    }

    public String imageUrl() {
        return imageUrls.isEmpty() ? null : imageUrls.get(0);
    }

    public String href() {
        return "/products/" + id;
    }

    /** Few left: the page says how many (a physical product with at most five in stock). */
    public boolean lowStock() {
        return !digital && stock != null && stock > 0 && stock <= 5;
    }

    /** The most a shopper may put in the cart at once from the product page. */
    public int maxQuantity() {
        return digital || stock == null ? 10 : Math.max(1, Math.min(stock, 10));
    }
}
