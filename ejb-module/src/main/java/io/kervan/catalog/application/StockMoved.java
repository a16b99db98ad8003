package io.kervan.catalog.application;

import java.util.Set;
import java.util.UUID;

/**
 * An order took stock of these products of this shop, or gave it back: a product page kept with the old stock must be
 * read again on this node at once (other nodes hear of it from PostgreSQL, see {@link ProductPageCache}).
 */
public record StockMoved(UUID tenantId, Set<UUID> productIds) {
}
