package io.kervan.orders.application;

import io.kervan.orders.domain.Orders;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.application.TenantDirectory;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every minute, cancels unpaid orders past {@code kervan.orders.unpaid-ttl} in every shop and gives their stock back.
 * Each order is expired in its own transaction as its own tenant; two nodes expiring the same order collide on its
 * version and one of them simply loses.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderExpiry {

    private static final Logger LOG = Logger.getLogger(OrderExpiry.class.getName());

    @Inject
    Orders orders;

    @EJB
    OrderManagement management;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "kervan-order-expiry")
    void everyMinute() {
        expireDueAcrossTenants(Instant.now());
    }

    /** @return how many orders were cancelled */
    public int expireDueAcrossTenants(Instant now) {
        int expired = 0;
        for (Orders.ExpiredOrder due : orders.findExpiredAcrossTenants(now, 500)) {
            try {
                boolean done = tenantContext.callAs(tenants.findById(due.tenantId()),
                        () -> management.expire(due.orderId(), now));
                expired += done ? 1 : 0;
            } catch (EJBException concurrentChange) {
                LOG.fine(() -> "Order " + due.orderId() + " changed while expiring; left as it is");
            }
        }
        return expired;
    }
}
