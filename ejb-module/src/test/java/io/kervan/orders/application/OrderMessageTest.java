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
        Money total = mug.times(3).plus(esim);
        return Order.place(new Order.Draft("ORD-DEMO-20261203-0A1B2C3D",
                new Buyer(null, "cigdem@example.com", "Çiğdem \"Ç\"", "Yılmaz", null, null, null), null, null,
                "Aras", "Aras Kargo", total, Money.zero("TRY"), Money.zero("TRY"), total, null, null,
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
        assertThat(read.total().amount()).isEqualByComparingTo("569.80");
        assertThat(read.total().toPlainString()).isEqualTo("569.80");
        assertThat(read.total().currency()).isEqualTo("TRY");
        assertThat(read.carrier()).isEqualTo("Aras Kargo");
        assertThat(read.trackingNumber()).isNull();
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
