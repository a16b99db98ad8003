package io.kervan.payments.application;

import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.orders.application.OrderManagement;
import io.kervan.payments.domain.Payment;
import io.kervan.payments.domain.PaymentError;
import io.kervan.payments.domain.Payments;
import io.kervan.payments.domain.Refund;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.provider.PaidPayment;
import io.kervan.payments.provider.PaymentProvider;
import io.kervan.payments.provider.PaymentProviders;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.ReferenceNumber;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The two transactions of a refund, each committed on its own: {@link #request} records the refund before any money
 * moves, {@link #complete} asks the provider and settles it. Whatever fails between the provider's answer and the
 * settling commit leaves the refund requested, and the next {@link #complete} asks again with the same key: the
 * provider answers with the refund it made, and nothing is given back twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefundSteps {

    /** The refund a request is about, and whether it was already there (unsettled) rather than started by it. */
    public record Requested(UUID refundId, boolean earlier) {
    }

    @Inject
    Payments payments;

    @Inject
    PaymentProviders providers;

    @Inject
    IntegrationRegistry integrations;

    @Inject
    OrderManagement orderManagement;

    @Inject
    TenantContext tenantContext;

    @Inject
    ShopAddress shopAddress;

    @Inject
    Event<PaymentRefunded> refunded;

    /**
     * Records a refund of {@code amount} (all that is left when null) as requested. A payment that already has an
     * unsettled refund gets no second one: the caller completes that one.
     */
    public Requested request(UUID paymentId, BigDecimal amount, String reason, Actor actor) {
        Payment payment = payments.lock(paymentId).orElseThrow(() -> new KervanException(
                PaymentError.PAYMENT_NOT_FOUND, "This shop has no payment with the id " + paymentId));
        var unsettled = payments.unsettledRefundOf(paymentId);
        if (unsettled.isPresent()) {
            return new Requested(unsettled.get().id(), true);
        }
        Refund refund = payment.requestRefund(ReferenceNumber.next("RFD", tenantContext.require().slug()),
                amount == null ? null : Money.of(amount, payment.amount().currency()), reason, actor);
        payments.addRefund(refund);
        return new Requested(refund.id(), false);
    }

    /**
     * Asks the provider to make a requested refund and settles it with the answer; a settled refund is only shown.
     * A refund the provider is reviewing is not requested again: the provider is asked how it was decided. The
     * refund's row stays locked while the provider is asked, so a second caller (a second click, the reconciler)
     * waits and then finds it settled. A provider that does not answer leaves it as it was (a 503 for the caller).
     */
    public RefundResult complete(UUID refundId) {
        Refund refund = payments.lockRefund(refundId).orElseThrow(() -> new KervanException(
                PaymentError.PAYMENT_NOT_FOUND, "This shop has no refund with the id " + refundId));
        Payment payment = payments.find(refund.paymentId()).orElseThrow();
        if (!refund.isSettled()) {
            PaymentProvider provider = providers.of(payment.providerType());
            PaidPayment paid = new PaidPayment(payment.transactionId(), payment.amount(), payment.charged(),
                    payment.refundedAmount(), payment.providerReferences(), shopAddress.link("/api/payments/refund-outcome/"
                    + payment.providerType().code() + "/" + payment.transactionId() + "/"));
            RefundOutcome outcome = refund.isPending()
                    ? provider.refundOutcome(paid, refund.amount(), account(payment))
                    : provider.refund(paid, refund.amount(), refund.idempotencyKey(), account(payment));
            payment = payments.lock(payment.id()).orElseThrow();
            switch (outcome.result()) {
                case SUCCEEDED -> {
                    boolean full = payment.refundSucceeded(refund, outcome.reference());
                    orderManagement.recordRefund(payment.orderId(), full, refund.actor());
                    refunded.fire(new PaymentRefunded(payment.id(), payment.orderId(), refund.refundNumber(),
                            refund.amount(), refund.actor()));
                }
                case FAILED -> payment.refundFailed(refund, "The provider refused the refund: " + outcome.message());
                case PENDING -> {
                    if (!refund.isPending()) {
                        payment.refundPending(refund, outcome.reference());
                    }
                }
            }
        }
        return new RefundResult(RefundView.of(refund), PaymentView.of(payment), false);
    }

    /**
     * The provider says (untrusted: its post carries no signature) that it decided the refund it was reviewing for
     * the payment {@code transactionId}: Kervan asks it and settles the refund. Nothing happens when the payment has
     * no refund under way.
     */
    public Optional<RefundResult> reviewed(ProviderType type, String transactionId) {
        // Only ids here: complete() locks the refund, then the payment, and reads both fresh under those locks.
        UUID paymentId = payments.idByTransaction(type, transactionId).orElseThrow(() -> new KervanException(
                PaymentError.PAYMENT_NOT_FOUND, "This shop has no " + type.code() + " payment " + transactionId));
        return payments.pendingRefundIdOf(paymentId).map(this::complete);
    }

    /** The account the payment was made with, or null when its integration is gone (the adapter then refuses). */
    private ProviderAccount account(Payment payment) {
        return integrations.account(payment.integrationId()).orElse(null);
    }
}
