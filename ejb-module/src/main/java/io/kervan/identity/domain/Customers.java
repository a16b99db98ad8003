package io.kervan.identity.domain;

import java.util.Optional;

/** The current tenant's customers; the tenant filter is applied below this interface. */
public interface Customers {

    Optional<Customer> findByEmail(String email);

    void add(Customer customer);
}
