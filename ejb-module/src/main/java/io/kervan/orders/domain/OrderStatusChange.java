package io.kervan.orders.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in an order's history: who moved it from where to where, when, and why. */
@Entity
@Table(name = "order_status_changes")
public class OrderStatusChange extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private OrderStatus to;

    @Embedded
    private Actor actor;

    @Column(updatable = false, length = 500)
    private String note;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected OrderStatusChange() {
        // for JPA
    }

    OrderStatusChange(Order order, OrderStatus from, OrderStatus to, Actor actor, String note, Instant at) {
        super(UUID.randomUUID());
        this.order = order;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.note = note;
        this.changedAt = at;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public Actor actor() {
        return actor;
    }

    public String note() {
        return note;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
