package io.kervan.identity.application;

import io.kervan.identity.domain.Customer;
import io.kervan.identity.domain.Customers;
import io.kervan.identity.domain.TelegramAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/** What other capabilities may know about the current shop's customers. */
@Stateless
public class CustomerDirectory {

    @Inject
    Customers customers;

    /** The Telegram account the customer signs in with, if any. */
    public Optional<TelegramAccount> telegramAccountOf(UUID customerId) {
        return customers.find(customerId).map(Customer::telegram);
    }
}
