package io.kervan.identity.domain;

import java.util.Optional;
import java.util.UUID;

/** The current tenant's customers; the tenant filter is applied below this interface. */
public interface Customers {

    Optional<Customer> find(UUID id);

    Optional<Customer> findByEmail(String email);


    Optional<Customer> findByTelegramUserId(long telegramUserId);

    void add(Customer customer);
}
