package io.kervan.catalog.application;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What {@link ProductCatalog#mirror} did: the product of every offered SKU, and the SKUs whose product changed. */
public record MirroredCatalogue(Map<String, UUID> productIds, Set<String> changed) {
}
