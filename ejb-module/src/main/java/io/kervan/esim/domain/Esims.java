package io.kervan.esim.domain;

import java.time.Instant;
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

    /** The eSIM, locked until the transaction ends, for a usage report to change. */
    Optional<Esim> lock(UUID esimId);

    /** The eSIM with this ICCID, locked until the transaction ends. */
    Optional<Esim> lockByIccid(String iccid);

    /**
     * Platform work for the usage poll: claims (by marking them checked now) at most {@code limit} eSIMs of active
     * shops whose bundle is not finished and of which nothing was heard or asked since {@code checkedBefore}, least
     * recently first; eSIMs another node is claiming at the same moment are skipped.
     */
    List<Due> claimUsageDueAcrossTenants(Instant now, Instant checkedBefore, int limit);

    /** An eSIM with the number of the order it came with. */
    record Owned(Esim esim, String orderNumber) {
    }

    /** An eSIM whose usage is due to be asked about, with its shop and what eSIM Go is asked. */
    record Due(UUID tenantId, UUID esimId, String iccid, String bundleName) {
    }
}
