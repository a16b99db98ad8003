package io.kervan.payments.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current shop's saved cards and the provider keys of their customers. */
public interface SavedCards {

    void add(SavedCard card);

    Optional<SavedCard> find(UUID id);

    /** A customer's cards in this shop, oldest first. */
    List<SavedCard> ofCustomer(UUID customerId);

    /** A customer's cards kept through one integration, oldest first. */
    List<SavedCard> ofCustomer(UUID customerId, UUID integrationId);

    void remove(SavedCard card);

    Optional<CardOwner> owner(UUID customerId, UUID integrationId);

    void addOwner(CardOwner owner);
}
