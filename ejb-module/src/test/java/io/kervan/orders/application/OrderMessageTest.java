package io.kervan.orders.application;

import io.kervan.catalog.domain.ProductType;
import io.kervan.orders.domain.Buyer;
import io.kervan.orders.domain.Order;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OrderMessageTest {

    private static final Actor STAFF = Actor.staff(UUID.randomUUID(), "x@example.com");

    private static Order placed() {
        Money mug = Money.of(new BigDecimal("189.90"), "TRY");
        Money esim = Money.of(new BigDecimal("0.10"), "TRY");
        Money subtotal = mug.times(3).plus(esim);
        Money discount = Money.of(new BigDecimal("56.98"), "TRY");
        Money shipping = Money.of(new BigDecimal("49.90"), "TRY");
        Money total = subtotal.minus(discount).plus(shipping);
        return Order.place(new Order.Draft("ORD-DEMO-20261203-0A1B2C3D",
                new Buyer(null, "cigdem@example.com", "Çiğdem \"Ç\"", "Yılmaz", null, null, null), null, null,
                "Aras", "Aras Kargo", subtotal, discount, shipping, total, UUID.randomUUID(), "HOSGELDIN10",
                List.of(new Order.DraftLine(UUID.randomUUID(), "MUG", "Kupa, büyük", ProductType.PHYSICAL, mug, 3,
                                mug.times(3)),
                        new Order.DraftLine(UUID.randomUUID(), "ESIM", "eSIM Türkiye 1 GB", ProductType.DIGITAL, esim,
                                1, esim)),
                Instant.now().plusSeconds(60), Actor.guest("cigdem@example.com")));
    }

    @Test
    void the_order_travels_through_its_job_payload_whole_and_exact() {
        Order order = placed();

        OrderMessage read = OrderMessage.fromJson(OrderMessage.of(order, OrderEvents.Event.PLACED).toJson());

        assertThat(read.event()).isEqualTo(OrderEvents.Event.PLACED);
        assertThat(read.orderId()).isEqualTo(order.id());
        assertThat(read.orderNumber()).isEqualTo("ORD-DEMO-20261203-0A1B2C3D");
        assertThat(read.email()).isEqualTo("cigdem@example.com");
        assertThat(read.firstName()).isEqualTo("Çiğdem \"Ç\"");
        assertThat(read.lines()).containsExactly(
                new OrderMessage.Line("Kupa, büyük", 3, new BigDecimal("569.70")),
                new OrderMessage.Line("eSIM Türkiye 1 GB", 1, new BigDecimal("0.10")));
        assertThat(read.subtotal().toPlainString()).isEqualTo("569.80");
        assertThat(read.discount().toPlainString()).isEqualTo("56.98");
        assertThat(read.couponCode()).isEqualTo("HOSGELDIN10");
        assertThat(read.shippingMethod()).isEqualTo("Aras");
        assertThat(read.shipping().toPlainString()).isEqualTo("49.90");
        assertThat(read.total().amount()).isEqualByComparingTo("562.72");
        assertThat(read.total().toPlainString()).isEqualTo("562.72");
        assertThat(read.total().currency()).isEqualTo("TRY");
        assertThat(read.carrier()).isEqualTo("Aras Kargo");
        assertThat(read.trackingNumber()).isNull();
    }

    @Test
    void an_order_without_coupon_or_shipping_travels_with_zeros_and_no_names() {
        Money esim = Money.of(new BigDecimal("20.00"), "USD");
        Order order = Order.place(new Order.Draft("ORD-DEMO-20261203-0A1B2C3E",
                new Buyer(null, "e@example.com", "E", "F", null, null, null), null, null, null, null, esim,
                Money.zero("USD"), Money.zero("USD"), esim, null, null,
                List.of(new Order.DraftLine(UUID.randomUUID(), "ESIM", "eSIM", ProductType.DIGITAL, esim, 1, esim)),
                Instant.now().plusSeconds(60), Actor.guest("e@example.com")));

        OrderMessage read = OrderMessage.fromJson(OrderMessage.of(order, OrderEvents.Event.PLACED).toJson());

        assertThat(read.discount().isZero()).isTrue();
        assertThat(read.shipping().isZero()).isTrue();
        assertThat(read.couponCode()).isNull();
        assertThat(read.shippingMethod()).isNull();
        assertThat(read.total()).isEqualTo(esim);
    }

    @Test
    void a_shipped_order_carries_its_tracking_number() {
        Order order = placed();
        order.moveTo(OrderStatus.CONFIRMED, null, STAFF, null);
        order.moveTo(OrderStatus.SHIPPED, "ARAS-123", STAFF, null);

        OrderMessage read = OrderMessage.fromJson(OrderMessage.of(order, OrderEvents.Event.SHIPPED).toJson());

        assertThat(read.event()).isEqualTo(OrderEvents.Event.SHIPPED);
        assertThat(read.trackingNumber()).isEqualTo("ARAS-123");
    }
}
