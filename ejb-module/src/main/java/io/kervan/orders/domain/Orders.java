package io.kervan.orders.domain;

import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's orders. */
public interface Orders {

    void add(Order order);

    Optional<Order> find(UUID id);

    /** The public tracking facts of the order with this number, read without loading (or locking) the order. */
    Optional<TrackedOrder> track(String orderNumber);

    /** Whether any order, of any shop, already has this number (order numbers are unique platform-wide). */
    boolean numberTaken(String orderNumber);

    Page<Order> search(OrderFilter filter, PageRequest page);

    /** Unpaid orders past their expiry in every shop, with their tenant: platform work for the expiry timer. */
    List<ExpiredOrder> findExpiredAcrossTenants(Instant now, int limit);

    record ExpiredOrder(UUID tenantId, UUID orderId) {
    }
}
