package io.kervan.catalog.application;

import java.util.UUID;

/** Staff added, edited or deactivated a product of this shop: what shoppers browse must show it. */
public record ProductsChanged(UUID tenantId) {
}
