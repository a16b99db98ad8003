package io.kervan.cart.domain;

import java.util.Optional;
import java.util.UUID;

/** The current tenant's carts. */
public interface Carts {

    Optional<Cart> find(UUID id);

    Optional<Cart> findByCustomer(UUID customerId);

    void add(Cart cart);

    void remove(Cart cart);
}
