package io.kervan.escrow.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.Money;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One line of an escrow's ledger, written once and never changed; only its {@link EscrowAccount} writes one. */
@Entity
@Table(name = "escrow_ledger_entries")
public class EscrowEntry extends TenantOwned {

    private static final int NOTE_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "escrow_id", nullable = false, updatable = false)
    private EscrowAccount account;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private EntryKind kind;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Embedded
    private Actor actor;

    @Column(updatable = false, length = NOTE_LENGTH)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EscrowEntry() {
        // for JPA
    }

    EscrowEntry(EscrowAccount account, int position, EntryKind kind, Money amount, Actor actor, String note,
                Instant at) {
        super(UUID.randomUUID());
        this.account = account;
        this.position = position;
        this.kind = kind;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.actor = actor;
        this.note = note == null || note.length() <= NOTE_LENGTH ? note : note.substring(0, NOTE_LENGTH);
        this.createdAt = at;
    }

    public int position() {
        return position;
    }

    public EntryKind kind() {
        return kind;
    }

    public Money amount() {
        return Money.of(amount, currency);
    }

    public Actor actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
