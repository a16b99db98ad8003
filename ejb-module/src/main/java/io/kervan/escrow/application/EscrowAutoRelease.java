package io.kervan.escrow.application;

import io.kervan.escrow.domain.EscrowAccounts;
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
 * Every minute, releases the escrows of every shop whose release window after delivery is over and that nobody
 * disputes. Each is released in its own transaction as its own shop, by the system; two nodes releasing the same one
 * serialise on its row lock, and the second finds it released.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EscrowAutoRelease {

    private static final Logger LOG = Logger.getLogger(EscrowAutoRelease.class.getName());

    @Inject
    EscrowAccounts accounts;

    @EJB
    EscrowReleases releases;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Schedule(second = "40", minute = "*", hour = "*", persistent = false, info = "kervan-escrow-release")
    void everyMinute() {
        releaseDueAcrossTenants(EscrowIntake.now());
    }

    /** @return how many escrows were released */
    public int releaseDueAcrossTenants(Instant now) {
        int released = 0;
        for (EscrowAccounts.Due due : accounts.findReleaseDueAcrossTenants(now, 500)) {
            try {
                boolean done = tenantContext.callAs(tenants.findById(due.tenantId()),
                        () -> releases.releaseIfDue(due.escrowId(), now));
                released += done ? 1 : 0;
            } catch (EJBException failed) {
                LOG.warning(() -> "Escrow " + due.escrowId() + " could not be released now: "
                        + failed.getClass().getSimpleName());
            }
        }
        return released;
    }
}
