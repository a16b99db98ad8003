package io.kervan.payments.domain;

import io.kervan.integrations.domain.ProviderType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's payments. */
public interface Payments {

    void add(Payment payment);

    /** Locks the payment's row until the transaction ends, so two confirmations of it run one after the other. */
    Optional<Payment> lockByTransaction(ProviderType provider, String transactionId);

    /** The payment's id only (nothing is loaded or locked, so a later lock reads it fresh). */
    Optional<UUID> idByTransaction(ProviderType provider, String transactionId);

    /** The id of the payment's refund under review by the provider, if there is one. */
    Optional<UUID> pendingRefundIdOf(UUID paymentId);

    Optional<Payment> lockByNumber(String paymentNumber);

    /** Reads the payment without locking it. */
    Optional<Payment> findByNumber(String paymentNumber);

    List<Payment> list(UUID orderId, PaymentStatus status, UUID customerId);

    Optional<Payment> lock(UUID id);

    /** Reads the payment without locking it. */
    Optional<Payment> find(UUID id);

    /** Payments in every shop still pending or unknown since before {@code cutoff}: work for the reconciler. */
    List<Unsettled> findUnsettledAcrossTenants(java.time.Instant cutoff, int limit);

    record Unsettled(UUID tenantId, UUID paymentId) {
    }

    void addRefund(Refund refund);

    /** Locks the refund's row until the transaction ends: one caller at a time asks the provider about it. */
    Optional<Refund> lockRefund(UUID refundId);

    /** The payment's refund still {@code requested} or {@code pending}, if there is one (never more than one). */
    Optional<Refund> unsettledRefundOf(UUID paymentId);

    /** Every refund of the order's payments, oldest first, whatever their state. */
    List<Refund> refundsOfOrder(UUID orderId);

    /** Refunds in every shop still requested or pending since before {@code cutoff}: work for the reconciler. */
    List<RequestedRefund> findRequestedRefundsAcrossTenants(java.time.Instant cutoff, int limit);

    record RequestedRefund(UUID tenantId, UUID refundId) {
    }
}
