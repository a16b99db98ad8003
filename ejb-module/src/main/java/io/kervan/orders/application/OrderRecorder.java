package io.kervan.orders.application;

import io.kervan.cart.application.CartKey;
import io.kervan.cart.application.CartService;
import io.kervan.cart.application.CouponBook;
import io.kervan.cart.application.PricedCart;
import io.kervan.cart.application.PricedLine;
import io.kervan.catalog.application.StockReservations;
import io.kervan.identity.application.CustomerDirectory;
import io.kervan.identity.domain.EmailAddress;
import io.kervan.identity.domain.TelegramAccount;
import io.kervan.orders.domain.Buyer;
import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderError;
import io.kervan.orders.domain.OrderNumber;
import io.kervan.orders.domain.Orders;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.IdempotencyKeys;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes an order in one transaction: prices frozen, the coupon's use counted within its limits, the cart emptied,
 * the confirmation email queued and, last, the stock reserved (in a short transaction of its own,
 * {@link StockReservations}) and claimed. With an Idempotency-Key a retry returns the order the first attempt created.
 */
@Stateless
public class OrderRecorder {

    static final String IDEMPOTENCY_SCOPE = "orders";

    @Inject
    Orders orders;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    CartService carts;

    @Inject
    CouponBook coupons;

    @EJB
    StockReservations stock;

    @Inject
    OrderEvents events;

    @Inject
    CustomerDirectory customers;

    @Inject
    TenantContext tenantContext;

    @Inject
    @ConfigProperty(name = "kervan.orders.unpaid-ttl", defaultValue = "PT30M")
    Duration unpaidTtl;

    /** See {@link OrderPlacement#place}; {@code reserved} tells the caller which stock to give back on a failure. */
    public PlacedOrder record(PlaceOrder request, String idempotencyKey, Locale locale, Reserved reserved) {
        IdempotencyKeys.Key key = idempotencyKey == null ? null
                : new IdempotencyKeys.Key(tenantContext.require().id(), IDEMPOTENCY_SCOPE, idempotencyKey);
        if (key != null) {
            Optional<UUID> earlier = idempotencyKeys.replay(key, IdempotencyKeys.fingerprint(request),
                    OrderError.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different order request; use a new key");
            if (earlier.isPresent()) {
                return new PlacedOrder(OrderViews.Detail.of(orders.find(earlier.get()).orElseThrow(), locale), true);
            }
        }
        PricedCart cart = carts.checkout(new CartKey(request.cartId(), request.customerId()),
                request.shippingMethodId());
        if (cart.needsShipping() && (request.shippingAddress() == null
                || request.shippingAddress().addressLine1() == null)) {
            throw new InvalidInputException("shipping_address", "shipping_address is required for physical goods");
        }
        String email = EmailAddress.normalize(request.email());
        TelegramAccount telegram = request.customerId() == null ? null
                : customers.telegramAccountOf(request.customerId()).orElse(null);
        Order order = Order.place(new Order.Draft(freshOrderNumber(),
                new Buyer(request.customerId(), email, request.firstName().strip(), request.lastName().strip(),
                        request.phone(), telegram == null ? null : telegram.userId(),
                        telegram == null ? null : telegram.username()),
                cart.needsShipping() ? request.shippingAddress() : null,
                cart.shippingMethod() == null ? null : cart.shippingMethod().id(),
                cart.shippingMethod() == null ? null : cart.shippingMethod().name(),
                cart.shippingMethod() == null ? null : cart.shippingMethod().carrier(),
                cart.subtotal(), cart.discount(), cart.shipping(), cart.total(),
                cart.coupon() == null ? null : cart.coupon().id(),
                cart.coupon() == null ? null : cart.coupon().code(),
                cart.lines().stream().map(OrderRecorder::draftLine).toList(),
                Instant.now().plus(unpaidTtl),
                request.customerId() == null ? Actor.guest(email) : Actor.customer(request.customerId(), email)));
        orders.add(order);
        if (cart.coupon() != null) {
            coupons.use(cart.coupon(), email, order.id());
        }
        carts.empty(cart.cartId());
        events.publish(order, OrderEvents.Event.PLACED);
        if (key != null) {
            idempotencyKeys.complete(key, order.id());
        }
        reserved.id = stock.reserve(order.physicalQuantities());
        stock.claim(reserved.id);
        return new PlacedOrder(OrderViews.Detail.of(order, locale), false);
    }

    /** A new number that no order of this shop has yet (the random part can, rarely, repeat). */
    private String freshOrderNumber() {
        String number = OrderNumber.next(tenantContext.require().slug());
        for (int attempt = 0; attempt < 5 && orders.numberTaken(number); attempt++) {
            number = OrderNumber.next(tenantContext.require().slug());
        }
        return number;
    }

    /** The reservation a failed attempt leaves for its caller to give back. */
    public static final class Reserved {
        UUID id;
    }

    private static Order.DraftLine draftLine(PricedLine line) {
        return new Order.DraftLine(line.productId(), line.sku(), line.name(), line.type(), line.unitPrice(),
                line.quantity(), line.lineTotal());
    }
}
