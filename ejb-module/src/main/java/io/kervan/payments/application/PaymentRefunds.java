package io.kervan.payments.application;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.domain.PaymentError;
import io.kervan.payments.domain.Refund;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Staff give money back on a payment, all of it or part. The refund is recorded before the provider is asked and
 * settled after, in transactions of their own ({@link RefundSteps}), so that no failure after the provider's answer
 * can make Kervan forget a refund the provider made, and asking again never gives the money back twice: a request
 * that finds an unsettled refund of the payment (a retry, a second click) completes that one instead of starting
 * another, and {@link PaymentReconciler} completes those nobody asks about again. Only when the provider agreed do
 * the payment and the order (partially refunded, or refunded in full) change. A provider that reviews refunds (PAYNET)
 * leaves the refund {@code pending} until its decision is known ({@link #reviewed}, the reconciler).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentRefunds {

    @EJB
    RefundSteps steps;

    public RefundResult refund(UUID paymentId, BigDecimal amount, String reason, Actor actor) {
        RefundSteps.Requested requested = steps.request(paymentId, amount, reason, actor);
        RefundResult result = steps.complete(requested.refundId()).resumed(requested.earlier());
        if (result.refund().status().equals(Refund.Status.FAILED.code())) {
            throw new KervanException(PaymentError.REFUND_FAILED, result.refund().failureReason());
        }
        return result;
    }

    /**
     * A provider that reviews refunds says it decided the one under way on payment {@code transactionId}; Kervan asks
     * it and settles the refund. Answers the refund's state now, or {@code none} when no refund was under review.
     */
    public String reviewed(ProviderType type, String transactionId) {
        return steps.reviewed(type, transactionId).map(r -> r.refund().status()).orElse("none");
    }
}
