package io.kervan.cart.domain;

import io.kervan.shared.domain.TenantOwned;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a shopper means to buy. An anonymous cart is known only by its id, which the client keeps; a customer's cart
 * belongs to their account, and an anonymous cart is merged into it at sign-in. Prices are not kept here: they are
 * read fresh each time and frozen only on the order.
 */
@Entity
@Table(name = "carts")
public class Cart extends TenantOwned {

    public static final int MAX_QUANTITY = 1_000;
    public static final int MAX_LINES = 100;

    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "coupon_code", length = 40)
    private String couponCode;

    /** Loaded with the cart (one query by id): nothing is done with a cart without its lines. */
    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<CartLine> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Cart() {
        // for JPA
    }

    private Cart(UUID customerId) {
        super(UUID.randomUUID());
        this.customerId = customerId;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public static Cart anonymous() {
        return new Cart(null);
    }

    public static Cart of(UUID customerId) {
        return new Cart(customerId);
    }

    /** Adds to the quantity already in the cart; the caller has checked that the product can be sold. */
    public void add(UUID productId, int quantity) {
        requireSaneQuantity(quantity);
        Optional<CartLine> existing = line(productId);
        if (existing.isPresent()) {
            setQuantity(productId, existing.get().quantity() + quantity);
            return;
        }
        if (lines.size() >= MAX_LINES) {
            throw new KervanException(CartError.TOO_MANY_LINES, "A cart holds at most " + MAX_LINES + " products");
        }
        lines.add(new CartLine(this, productId, quantity));
        touch();
    }

    /** Sets a line's quantity; 0 removes the line. */
    public void setQuantity(UUID productId, int quantity) {
        if (quantity == 0) {
            remove(productId);
            return;
        }
        requireSaneQuantity(quantity);
        line(productId).orElseThrow(() -> new InvalidInputException("product_id", "this product is not in the cart"))
                .changeQuantity(quantity);
        touch();
    }

    public void remove(UUID productId) {
        if (!lines.removeIf(l -> l.productId().equals(productId))) {
            throw new InvalidInputException("product_id", "this product is not in the cart");
        }
        touch();
    }

    public void applyCoupon(String code) {
        this.couponCode = code;
        touch();
    }

    public void removeCoupon() {
        this.couponCode = null;
        touch();
    }

    /** Moves another cart's lines (and coupon, if this one has none) into this one. */
    public void absorb(Cart other) {
        for (CartLine line : other.lines) {
            add(line.productId(), line.quantity());
        }
        if (couponCode == null) {
            couponCode = other.couponCode;
        }
        other.lines.clear();
    }

    public void empty() {
        lines.clear();
        couponCode = null;
        touch();
    }

    public boolean belongsTo(UUID customerId) {
        return this.customerId != null && this.customerId.equals(customerId);
    }

    public boolean isAnonymous() {
        return customerId == null;
    }

    public Optional<CartLine> line(UUID productId) {
        return lines.stream().filter(l -> l.productId().equals(productId)).findFirst();
    }

    private static void requireSaneQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity", "quantity must be between 1 and " + MAX_QUANTITY);
        }
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public UUID customerId() {
        return customerId;
    }

    public Optional<String> couponCode() {
        return Optional.ofNullable(couponCode);
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }
}
