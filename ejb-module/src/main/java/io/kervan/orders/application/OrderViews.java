package io.kervan.orders.application;

import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderLine;
import io.kervan.orders.domain.OrderRow;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.OrderStatusChange;
import io.kervan.orders.domain.TrackedOrder;
import io.kervan.shared.domain.Money;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The shapes orders take in the API, as in the shops' documents. Amounts are decimal strings. */
public final class OrderViews {

    private OrderViews() {
    }

    /** A row of an order list. */
    public record Summary(UUID id, String orderNumber, String status, String statusDisplay, String paymentStatus,
                          String paymentStatusDisplay, String total, String currency, Instant createdAt, int itemCount,
                          String customerEmail) {

        public static Summary of(OrderRow o, Locale locale) {
            return new Summary(o.id(), o.orderNumber(), o.status().code(), StatusNames.of(o.status(), locale),
                    o.paymentStatus().code(), StatusNames.of(o.paymentStatus(), locale), o.total().toPlainString(),
                    o.currency(), o.createdAt(), o.itemCount().intValue(), o.customerEmail());
        }

        /** Where a list that ended with this row resumes: what its sort needs of it. */
        OrderRow position() {
            return new OrderRow(id, orderNumber, null, null, new java.math.BigDecimal(total), currency, createdAt,
                    customerEmail, null, null, (long) itemCount);
        }
    }

    /** What anyone with the order number may see: no names, no addresses. */
    public record Tracking(String orderNumber, String status, String statusDisplay, String paymentStatus,
                           String paymentStatusDisplay, String carrier, String trackingNumber, Instant shippedAt,
                           Instant deliveredAt, Instant createdAt, String total, String currency) {

        public static Tracking of(TrackedOrder o, Locale locale) {
            return new Tracking(o.orderNumber(), o.status().code(), StatusNames.of(o.status(), locale),
                    o.paymentStatus().code(), StatusNames.of(o.paymentStatus(), locale), o.carrier(),
                    o.trackingNumber(),
                    o.shippedAt(), o.deliveredAt(), o.createdAt(), o.total().toPlainString(), o.total().currency());
        }
    }

    /** The buyer; {@code telegram_user_id} and {@code telegram_username} when they signed in with Telegram. */
    public record Customer(String email, String firstName, String lastName, String phone, Long telegramUserId,
                           String telegramUsername) {
    }

    public record Address(String addressLine1, String addressLine2, String city, String postalCode, String country) {
    }

    public record ShippingMethod(UUID id, String name, String carrier) {
    }

    public record Line(UUID productId, String sku, String name, String productType, String unitPrice, int quantity,
                       String lineTotal) {
    }

    /**
     * {@code actor} is how the actor has always been shown ({@code staff:ayse@example.com}); {@code actor_id} names
     * their account (null for guests, Kervan and providers) and stays right when their email changes later.
     */
    public record Change(String fromStatus, String toStatus, String actor, String actorKind, UUID actorId,
                         String actorName, String note, Instant changedAt) {
    }

    /**
     * Everything about one order, for its customer and the shop's staff. {@code allowed_statuses} are the statuses
     * the order may move to now, as {@link Order#allowedMoves()} says.
     */
    public record Detail(UUID id, String orderNumber, String status, String statusDisplay, String paymentStatus,
                         String paymentStatusDisplay, Customer customer, Address shippingAddress,
                         ShippingMethod shippingMethod, List<Line> items, int itemCount, String subtotal,
                         String discount, String shippingCost, String total, String currency, String couponCode,
                         String trackingNumber, Instant shippedAt, Instant deliveredAt, Instant expiresAt,
                         Instant createdAt, List<Change> history, List<String> allowedStatuses) {

        public static Detail of(Order o, Locale locale) {
            var b = o.buyer();
            var a = o.shippingAddress();
            return new Detail(o.id(), o.orderNumber(), o.status().code(), StatusNames.of(o.status(), locale),
                    o.paymentStatus().code(), StatusNames.of(o.paymentStatus(), locale),
                    new Customer(b.email(), b.firstName(), b.lastName(), b.phone(), b.telegramUserId(),
                            b.telegramUsername()),
                    a == null || a.addressLine1() == null ? null
                            : new Address(a.addressLine1(), a.addressLine2(), a.city(), a.postalCode(), a.country()),
                    o.shippingMethodId() == null ? null
                            : new ShippingMethod(o.shippingMethodId(), o.shippingMethodName(), o.shippingCarrier()),
                    o.lines().stream().map(l -> line(l, o.total().currency())).toList(), OrderViews.itemCount(o),
                    o.subtotal().toPlainString(), o.discount().toPlainString(), o.shippingCost().toPlainString(),
                    o.total().toPlainString(), o.total().currency(), o.couponCode(), o.trackingNumber(),
                    o.shippedAt(), o.deliveredAt(), o.expiresAt(), o.createdAt(),
                    o.history().stream().map(OrderViews::change).toList(),
                    o.allowedMoves().stream().map(OrderStatus::code).toList());
        }
    }

    private static Line line(OrderLine l, String currency) {
        return new Line(l.productId(), l.sku(), l.name(), l.productType().name().toLowerCase(Locale.ROOT),
                Money.of(l.unitPrice(), currency).toPlainString(), l.quantity(),
                Money.of(l.lineTotal(), currency).toPlainString());
    }

    private static Change change(OrderStatusChange c) {
        return new Change(c.from() == null ? null : c.from().code(), c.to().code(), c.actor().label(),
                c.actor().kind().code(), c.actor().id(), c.actor().name(), c.note(), c.changedAt());
    }

    private static int itemCount(Order o) {
        return o.lines().stream().mapToInt(OrderLine::quantity).sum();
    }
}
