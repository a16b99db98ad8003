package io.kervan.esim.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current shop's eSIMs. */
public interface Esims {

    void add(Esim esim);

    /** An order's eSIMs, in the order they were recorded. */
    List<Esim> ofOrder(UUID orderId);

    /** A customer's eSIMs with their orders' numbers, newest first, at most {@code limit}. */
    List<Owned> ofCustomer(UUID customerId, int limit);

    /** One of a customer's eSIMs; empty when it is another customer's (or another shop's). */
    Optional<Owned> ofCustomer(UUID customerId, UUID esimId);

    /** The eSIM with this ICCID, locked until the transaction ends. */
    Optional<Esim> lockByIccid(String iccid);

    /** An eSIM with the number of the order it came with. */
    record Owned(Esim esim, String orderNumber) {
    }
}
