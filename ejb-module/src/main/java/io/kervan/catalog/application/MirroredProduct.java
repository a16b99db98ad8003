package io.kervan.catalog.application;

import io.kervan.shared.domain.Money;

/** A digital product as an outside catalogue offers it (an eSIM Go bundle); its SKU is its name there. */
public record MirroredProduct(String sku, String name, String description, Money price) {
}
