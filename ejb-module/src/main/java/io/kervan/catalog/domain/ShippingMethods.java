package io.kervan.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's shipping methods. */
public interface ShippingMethods {

    Optional<ShippingMethod> find(UUID id);

    List<ShippingMethod> list(boolean activeOnly);

    void add(ShippingMethod method);
}
