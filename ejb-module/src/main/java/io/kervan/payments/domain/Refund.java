package io.kervan.payments.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Money given back on a payment, with who asked for it and the provider's reference. */
@Entity
@Table(name = "refunds")
public class Refund extends TenantOwned {

    @Column(name = "payment_id", nullable = false, updatable = false)
    private UUID paymentId;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "provider_reference", updatable = false)
    private String providerReference;

    @Column(updatable = false)
    private String reason;

    @Embedded
    private Actor actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Refund() {
        // for JPA
    }

    public Refund(UUID paymentId, Money amount, String providerReference, String reason, Actor actor) {
        super(UUID.randomUUID());
        this.paymentId = paymentId;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.providerReference = providerReference;
        this.reason = reason;
        this.actor = actor;
        this.createdAt = Instant.now();
    }

    public Money amount() {
        return Money.of(amount, currency);
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

    public Instant createdAt() {
        return createdAt;
    }
}
