package io.kervan.payments.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * Money given back on a payment. A refund is recorded as {@code requested} before the provider is asked, and settled
 * ({@code succeeded} or {@code failed}) after it answers, so a refund the provider made is never forgotten: whoever
 * finds it still requested (a retried request, the reconciler) asks the provider again under the same
 * {@link #idempotencyKey()}, which gives the money back at most once. A provider that reviews refunds (PAYNET) takes
 * the request in and decides later: the refund is then {@code pending}, never requested again, only asked about, and
 * settled when the decision is known. Only its {@link Payment} moves it.
 */
@Entity
@Table(name = "refunds")
public class Refund extends TenantOwned {

    public enum Status {
        REQUESTED, PENDING, SUCCEEDED, FAILED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final int FAILURE_LENGTH = 500;

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Column(name = "refund_number", nullable = false, updatable = false)
    private String refundNumber;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "provider_reference")
    private String providerReference;

    @Column(updatable = false)
    private String reason;

    @Embedded
    private Actor actor;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private long version;

    protected Refund() {
        // for JPA
    }

    Refund(UUID paymentId, String refundNumber, Money amount, String reason, Actor actor) {
        super(UUID.randomUUID());
        if (amount.isZero()) {
            throw new IllegalArgumentException("A refund gives back more than nothing");
        }
        this.paymentId = paymentId;
        this.refundNumber = refundNumber;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.status = Status.REQUESTED;
        this.reason = reason;
        this.actor = actor;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** What the provider is told with every request for this refund, so that it refunds once however often asked. */
    public String idempotencyKey() {
        return "kervan-refund-" + id();
    }

    /** The provider took the request in for review; its decision comes later. */
    void awaitReview(String providerReference) {
        if (status != Status.REQUESTED) {
            throw new IllegalStateException("Refund " + refundNumber + " is " + status.code()
                    + "; only a requested refund can go to review");
        }
        this.status = Status.PENDING;
        if (providerReference != null) {
            this.providerReference = providerReference;
        }
    }

    void succeed(String providerReference) {
        requireRequested();
        this.status = Status.SUCCEEDED;
        if (providerReference != null) {
            this.providerReference = providerReference;
        }
        this.settledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void fail(String reason) {
        requireRequested();
        this.status = Status.FAILED;
        String why = reason == null || reason.isBlank() ? "the provider refused" : reason;
        this.failureReason = why.length() <= FAILURE_LENGTH ? why : why.substring(0, FAILURE_LENGTH);
        this.settledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void requireRequested() {
        if (isSettled()) {
            throw new IllegalStateException("Refund " + refundNumber + " is already " + status.code());
        }
    }

    public boolean isSettled() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    /** Taken in by the provider for review: asked about, never requested again. */
    public boolean isPending() {
        return status == Status.PENDING;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String refundNumber() {
        return refundNumber;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public Status status() {
        return status;
    }

    public String providerReference() {
        return providerReference;
    }

    public String reason() {
        return reason;
    }

    public Actor actor() {
        return actor;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
