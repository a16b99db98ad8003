package io.kervan.orders.domain;

import io.kervan.shared.domain.TenantOwned;
import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An order: what was bought, for how much (frozen when placed), by whom, and where it is in its life. Status moves
 * only along {@link OrderStatus#next()}; every move is kept in the history with who made it and why.
 */
@Entity
@Table(name = "orders")
public class Order extends TenantOwned {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("[A-Za-z0-9-]{3,64}");

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Embedded
    private Buyer buyer;

    @Embedded
    private ShippingAddress shippingAddress;

    @Column(name = "shipping_method_id", updatable = false)
    private UUID shippingMethodId;

    @Column(name = "shipping_method_name", updatable = false)
    private String shippingMethodName;

    /** The shipping method's carrier when the order was placed; staff may name another when they ship it. */
    @Column(name = "shipping_carrier")
    private String shippingCarrier;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(nullable = false, updatable = false)
    private BigDecimal subtotal;

    @Column(nullable = false, updatable = false)
    private BigDecimal discount;

    @Column(name = "shipping_cost", nullable = false, updatable = false)
    private BigDecimal shippingCost;

    @Column(nullable = false, updatable = false)
    private BigDecimal total;

    @Column(name = "coupon_id", updatable = false)
    private UUID couponId;

    @Column(name = "coupon_code", updatable = false)
    private String couponCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false)
    private PaymentStatus paymentStatus;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("changedAt")
    private List<OrderStatusChange> history = new ArrayList<>();

    protected Order() {
        // for JPA
    }

    private Order(UUID id) {
        super(id);
    }

    /** What a new order is made of; amounts come from the priced cart and are frozen from here on. */
    public record Draft(String orderNumber, Buyer buyer, ShippingAddress shippingAddress, UUID shippingMethodId,
                        String shippingMethodName, String shippingCarrier, Money subtotal, Money discount,
                        Money shippingCost, Money total, UUID couponId, String couponCode, List<DraftLine> lines,
                        Instant expiresAt, Actor actor) {
    }

    public record DraftLine(UUID productId, String sku, String name, ProductType type, Money unitPrice, int quantity,
                            Money lineTotal) {
    }

    public static Order place(Draft draft) {
        Order order = new Order(UUID.randomUUID());
        order.orderNumber = draft.orderNumber();
        order.buyer = draft.buyer();
        order.shippingAddress = draft.shippingAddress();
        order.shippingMethodId = draft.shippingMethodId();
        order.shippingMethodName = draft.shippingMethodName();
        order.shippingCarrier = draft.shippingCarrier();
        order.currency = draft.total().currency();
        order.subtotal = draft.subtotal().amount();
        order.discount = draft.discount().amount();
        order.shippingCost = draft.shippingCost().amount();
        order.total = draft.total().amount();
        order.couponId = draft.couponId();
        order.couponCode = draft.couponCode();
        order.status = OrderStatus.PENDING;
        order.paymentStatus = PaymentStatus.PENDING;
        order.expiresAt = draft.expiresAt();
        order.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        order.updatedAt = order.createdAt;
        int lineNo = 1;
        for (DraftLine line : draft.lines()) {
            order.lines.add(new OrderLine(order, lineNo++, line.productId(), line.sku(), line.name(), line.type(),
                    line.unitPrice().amount(), line.quantity(), line.lineTotal().amount()));
        }
        order.history.add(new OrderStatusChange(order, null, OrderStatus.PENDING, draft.actor(), "placed",
                order.createdAt));
        return order;
    }

    /**
     * Moves the order to {@code target}. Shipping needs a tracking number and stamps {@code shipped_at}; delivery
     * stamps {@code delivered_at}, and only an order of digital goods alone is delivered without being shipped. An
     * illegal move is refused with the moves that are allowed.
     *
     * @return the previous status
     */
    public OrderStatus moveTo(OrderStatus target, String trackingNumber, Actor actor, String note) {
        return moveTo(target, trackingNumber, null, actor, note);
    }

    /**
     * Like {@link #moveTo(OrderStatus, String, Actor, String)}; shipping with a {@code carrier} records it as the
     * order's carrier (null or blank keeps the one the shipping method named).
     */
    public OrderStatus moveTo(OrderStatus target, String trackingNumber, String carrier, Actor actor, String note) {
        Set<OrderStatus> allowed = allowedMoves();
        if (!allowed.contains(target)) {
            throw new KervanException(OrderError.ILLEGAL_STATUS_CHANGE,
                    "An order that is " + status.code() + " cannot become " + target.code(),
                    Map.of("current_status", status.code(), "allowed_statuses",
                            allowed.stream().map(OrderStatus::code).sorted().collect(Collectors.toList())));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (target == OrderStatus.SHIPPED) {
            String tracking = trackingNumber != null ? trackingNumber : this.trackingNumber;
            if (tracking == null || tracking.isBlank()) {
                throw new KervanException(OrderError.TRACKING_NUMBER_REQUIRED,
                        "Give the carrier's tracking_number to mark the order shipped");
            }
            this.trackingNumber = checkedTrackingNumber(tracking);
            this.shippedAt = now;
            if (carrier != null && !carrier.isBlank()) {
                this.shippingCarrier = carrier.strip();
            }
        }
        if (target == OrderStatus.DELIVERED) {
            this.deliveredAt = now;
        }
        if (target != OrderStatus.PENDING) {
            this.expiresAt = null;
        }
        OrderStatus previous = status;
        history.add(new OrderStatusChange(this, previous, target, actor, note, now));
        status = target;
        updatedAt = now;
        return previous;
    }

    /**
     * Records that the order is paid and confirms it if it was waiting: exactly once, whatever path the news of the
     * payment comes by (return, verify, webhook).
     *
     * @return false when the order was already paid
     */
    public boolean markPaid(Actor actor) {
        if (paymentStatus == PaymentStatus.PAID) {
            return false;
        }
        paymentStatus = PaymentStatus.PAID;
        if (status == OrderStatus.PENDING) {
            moveTo(OrderStatus.CONFIRMED, null, actor, "payment received");
        }
        updatedAt = Instant.now();
        return true;
    }

    /** Records money given back: partly refunded, or refunded in full (which also makes the order refunded). */
    public void recordRefund(boolean full, Actor actor) {
        paymentStatus = full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        if (full && status.mayBecome(OrderStatus.REFUNDED)) {
            moveTo(OrderStatus.REFUNDED, null, actor, "payment refunded");
        }
        updatedAt = Instant.now();
    }

    /** Corrects or adds a tracking number without changing the status. */
    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = checkedTrackingNumber(trackingNumber);
        updatedAt = Instant.now();
    }

    /** A carrier's tracking number: 3 to 64 letters, digits and hyphens. */
    private static String checkedTrackingNumber(String trackingNumber) {
        String tracking = trackingNumber.strip();
        if (!TRACKING_NUMBER.matcher(tracking).matches()) {
            throw new InvalidInputException("tracking_number",
                    "tracking_number must be 3 to 64 letters, digits and hyphens");
        }
        return tracking;
    }

    public boolean isExpiredAt(Instant now) {
        return status == OrderStatus.PENDING && expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Where this order may go from its status: physical goods reach {@code delivered} only after shipping. */
    public Set<OrderStatus> allowedMoves() {
        Set<OrderStatus> next = status.next();
        if (status != OrderStatus.SHIPPED && hasPhysicalGoods()) {
            next.remove(OrderStatus.DELIVERED);
        }
        return next;
    }

    public boolean hasPhysicalGoods() {
        return lines.stream().anyMatch(l -> l.productType() == ProductType.PHYSICAL);
    }

    /** Quantities of physical goods, whose stock the order holds while it is not cancelled. */
    public Map<UUID, Integer> physicalQuantities() {
        return lines.stream().filter(l -> l.productType() == ProductType.PHYSICAL)
                .collect(Collectors.toMap(OrderLine::productId, OrderLine::quantity, Integer::sum));
    }

    public boolean isOf(UUID customerId) {
        return buyer.customerId() != null && buyer.customerId().equals(customerId);
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Buyer buyer() {
        return buyer;
    }

    public ShippingAddress shippingAddress() {
        return shippingAddress;
    }

    public String shippingMethodName() {
        return shippingMethodName;
    }

    public String shippingCarrier() {
        return shippingCarrier;
    }

    public UUID shippingMethodId() {
        return shippingMethodId;
    }

    public Money subtotal() {
        return Money.of(subtotal, currency);
    }

    public Money discount() {
        return Money.of(discount, currency);
    }

    public Money shippingCost() {
        return Money.of(shippingCost, currency);
    }

    public Money total() {
        return Money.of(total, currency);
    }

    public UUID couponId() {
        return couponId;
    }

    public String couponCode() {
        return couponCode;
    }

    public OrderStatus status() {
        return status;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public List<OrderStatusChange> history() {
        return List.copyOf(history);
    }
}
