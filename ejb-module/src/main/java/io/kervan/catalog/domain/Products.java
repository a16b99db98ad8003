package io.kervan.catalog.domain;

import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;

import java.util.Optional;
import java.util.UUID;

/** The current tenant's products. */
public interface Products {

    Optional<Product> find(UUID id);

    boolean skuExists(String sku);

    /** Active products whose name contains {@code nameContains} (any case), by name. */
    Page<Product> listActive(String nameContains, PageRequest page);

    void add(Product product);
}
