package io.kervan.payments.application;

import io.kervan.payments.domain.Payments;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.application.TenantDirectory;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Every two minutes, asks providers about payments left pending or unknown (a shopper who never came back, a
 * timeout, a lost webhook) and settles them, each in its own transaction as its own shop. Settling takes the
 * payment's row lock, so a node reconciling at the same time as a webhook arrives cannot confirm an order twice.
 * Refunds left requested (the provider did not answer, or Kervan failed before it recorded the answer) are completed
 * the same way: the provider is asked again with the refund's own key, so it answers with the refund it made, if it
 * made one, and never makes a second.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentReconciler {

    private static final Logger LOG = Logger.getLogger(PaymentReconciler.class.getName());
    /** Younger payments are left to the shopper's own return and the provider's webhook. */
    static final Duration GRACE = Duration.ofMinutes(2);

    @Inject
    Payments payments;

    @EJB
    PaymentService paymentService;

    @EJB
    RefundSteps refunds;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Schedule(second = "45", minute = "*/2", hour = "*", persistent = false, info = "kervan-payment-reconciler")
    void everyTwoMinutes() {
        reconcileAcrossTenants(Instant.now().minus(GRACE));
        reconcileRefundsAcrossTenants(Instant.now().minus(GRACE));
    }

    /** @return how many payments were asked about */
    public int reconcileAcrossTenants(Instant createdBefore) {
        int asked = 0;
        for (Payments.Unsettled unsettled : payments.findUnsettledAcrossTenants(createdBefore, 200)) {
            try {
                tenantContext.callAs(tenants.findById(unsettled.tenantId()),
                        () -> paymentService.reconcile(unsettled.paymentId()));
                asked++;
            } catch (RuntimeException failed) {
                LOG.warning(() -> "Payment " + unsettled.paymentId() + " could not be reconciled now: "
                        + failed.getClass().getSimpleName());
            }
        }
        return asked;
    }

    /** @return how many requested refunds were completed or settled as refused */
    public int reconcileRefundsAcrossTenants(Instant requestedBefore) {
        int settled = 0;
        for (Payments.RequestedRefund requested : payments.findRequestedRefundsAcrossTenants(requestedBefore, 200)) {
            try {
                tenantContext.callAs(tenants.findById(requested.tenantId()),
                        () -> refunds.complete(requested.refundId()));
                settled++;
            } catch (RuntimeException failed) {
                LOG.warning(() -> "Refund " + requested.refundId() + " could not be completed now: "
                        + failed.getClass().getSimpleName());
            }
        }
        return settled;
    }
}
