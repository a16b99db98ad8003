package io.kervan.cart.domain;

import io.kervan.shared.domain.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** How many of one product a cart holds. */
@Entity
@Table(name = "cart_lines")
public class CartLine extends TenantOwned {

    @ManyToOne(optional = false)
    @JoinColumn(name = "cart_id", nullable = false, updatable = false)
    private Cart cart;

    @Column(name = "product_id", nullable = false, updatable = false)
    private UUID productId;

    @Column(nullable = false)
    private int quantity;

    protected CartLine() {
        // for JPA
    }

    CartLine(Cart cart, UUID productId, int quantity) {
        super(UUID.randomUUID());
        this.cart = cart;
        this.productId = productId;
        this.quantity = quantity;
    }

    void changeQuantity(int quantity) {
        this.quantity = quantity;
    }

    public UUID productId() {
        return productId;
    }

    public int quantity() {
        return quantity;
    }
}
