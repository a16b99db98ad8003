package io.kervan.catalog.application;

import io.kervan.catalog.domain.CatalogError;
import io.kervan.catalog.domain.Products;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Stock taken for an order in a short transaction of its own, before the order's transaction commits. Taken inside
 * the order's transaction, a product's row stayed locked until that commit was on disk, so orders of one product
 * could not commit faster than the disk flushes; here the lock lasts as long as the update. The order's transaction
 * {@link #claim}s the reservation; one that fails is {@link #release}d by its caller, and one left behind by a stopped
 * node is given back by the timer after {@code kervan.catalog.stock-reservation-timeout}.
 */
@Stateless
public class StockReservations {

    private static final Logger LOG = Logger.getLogger(StockReservations.class.getName());

    @Inject
    Products products;

    @Inject
    TenantContext tenantContext;

    @Inject
    Event<StockMoved> stockMoved;

    @Inject
    @ConfigProperty(name = "kervan.catalog.stock-reservation-timeout", defaultValue = "PT5M")
    Duration timeout;

    /** Takes the stock of these physical products, all or none; empty quantities reserve nothing (null). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public UUID reserve(Map<UUID, Integer> physicalQuantities) {
        if (physicalQuantities.isEmpty()) {
            return null;
        }
        UUID reservation = UUID.randomUUID();
        products.reserve(reservation, physicalQuantities).ifPresent(missing -> {
            throw new KervanException(CatalogError.OUT_OF_STOCK, "Not enough stock left for product " + missing,
                    Map.of("product_id", missing.toString()));
        });
        stockMoved.fire(new StockMoved(tenantContext.require().id(), physicalQuantities.keySet()));
        return reservation;
    }

    /** Makes the reservation the order's, in the order's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void claim(UUID reservation) {
        if (reservation != null && !products.claim(reservation)) {
            throw new KervanException(CatalogError.STOCK_RESERVATION_EXPIRED, "The order was not written within "
                    + timeout.toSeconds() + " s, so its stock went back to the shelf; place it again");
        }
    }

    /** Gives back the stock of an order that was not written. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(UUID reservation) {
        if (reservation != null) {
            products.release(reservation);
        }
    }

    @Schedule(second = "50", minute = "*", hour = "*", persistent = false, info = "kervan-stock-reservations")
    void everyMinute() {
        releaseUnclaimedBefore(Instant.now().minus(timeout));
    }

    /** Gives back, in every shop, the stock of reservations made before {@code before} and never claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseUnclaimedBefore(Instant before) {
        int changed = products.releaseUnclaimedBefore(before);
        if (changed > 0) {
            LOG.warning(() -> "Gave back the stock of orders never written, on " + changed + " product(s)");
        }
        return changed;
    }
}
