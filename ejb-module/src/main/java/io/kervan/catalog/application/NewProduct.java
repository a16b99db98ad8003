package io.kervan.catalog.application;

import io.kervan.catalog.domain.ProductType;

import java.math.BigDecimal;
import java.util.List;

public record NewProduct(String sku, String name, String description, ProductType type, BigDecimal price,
                         String currency, Integer stock, List<String> imageUrls) {
}
