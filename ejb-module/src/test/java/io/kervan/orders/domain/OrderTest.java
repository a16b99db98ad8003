package io.kervan.orders.domain;

import io.kervan.catalog.domain.ProductType;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    private static final UUID MUG = UUID.randomUUID();
    private static final Actor STAFF = Actor.staff(UUID.randomUUID(), "x@example.com");

    private static Order placed() {
        Money price = Money.of(new BigDecimal("189.00"), "TRY");
        return Order.place(new Order.Draft("ORD-DEMO-20261123-ABCDEF12",
                new Buyer(null, "a@example.com", "Ahmet", "Yılmaz", null, null, null), null, null, null, null,
                price.times(2), Money.zero("TRY"), Money.zero("TRY"), price.times(2), null, null,
                List.of(new Order.DraftLine(MUG, "MUG", "Mug", ProductType.PHYSICAL, price, 2, price.times(2)),
                        new Order.DraftLine(UUID.randomUUID(), "ESIM", "eSIM", ProductType.DIGITAL, price, 1, price)),
                Instant.now().plusSeconds(60), Actor.guest("a@example.com")));
    }

    @Test
    void a_new_order_is_pending_unpaid_and_has_its_first_history_entry() {
        Order order = placed();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(order.history()).singleElement().satisfies(c -> assertThat(c.to()).isEqualTo(OrderStatus.PENDING));
        assertThat(order.physicalQuantities()).isEqualTo(Map.of(MUG, 2));
    }

    @Test
    void shipping_needs_a_tracking_number_and_stamps_the_time() {
        Order order = placed();
        order.moveTo(OrderStatus.CONFIRMED, null, STAFF, null);
        assertThatThrownBy(() -> order.moveTo(OrderStatus.SHIPPED, " ", STAFF, null))
                .isInstanceOf(KervanException.class).hasMessageContaining("tracking_number");
        order.moveTo(OrderStatus.SHIPPED, "ARAS123", STAFF, null);
        assertThat(order.shippedAt()).isNotNull();
        assertThat(order.trackingNumber()).isEqualTo("ARAS123");
        order.moveTo(OrderStatus.DELIVERED, null, STAFF, "left with neighbour");
        assertThat(order.deliveredAt()).isNotNull();
        assertThat(order.history()).extracting(OrderStatusChange::to).containsExactly(OrderStatus.PENDING,
                OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
    }

    @Test
    void shipping_may_name_the_carrier_that_took_the_parcel_else_the_shipping_methods_stays() {
        Order order = placed();
        order.moveTo(OrderStatus.CONFIRMED, null, STAFF, null);
        order.moveTo(OrderStatus.SHIPPED, "YK-778899", " Yurtiçi Kargo ", STAFF, null);
        assertThat(order.shippingCarrier()).isEqualTo("Yurtiçi Kargo");
        Order other = placed();
        other.moveTo(OrderStatus.CONFIRMED, null, STAFF, null);
        other.moveTo(OrderStatus.SHIPPED, "ARAS123", " ", STAFF, null);
        assertThat(other.shippingCarrier()).isNull();
    }

    @Test
    void a_tracking_number_is_3_to_64_letters_digits_and_hyphens_and_a_bad_one_changes_nothing() {
        Order order = placed();
        order.moveTo(OrderStatus.CONFIRMED, null, STAFF, null);
        for (String bad : new String[]{"AB", "ARAS 123", "<b>1</b>", "X".repeat(65)}) {
            assertThatThrownBy(() -> order.moveTo(OrderStatus.SHIPPED, bad, STAFF, null))
                    .isInstanceOfSatisfying(KervanException.class, e -> assertThat(e.properties().toString())
                            .contains("tracking_number"));
        }
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.shippedAt()).isNull();
        assertThat(order.history()).hasSize(2);
        assertThatThrownBy(() -> order.setTrackingNumber("no spaces")).isInstanceOf(KervanException.class);
    }

    @Test
    void an_illegal_move_names_the_allowed_ones_and_changes_nothing() {
        Order order = placed();
        assertThatThrownBy(() -> order.moveTo(OrderStatus.DELIVERED, null, STAFF, null))
                .isInstanceOfSatisfying(KervanException.class, e -> assertThat(e.properties().get("allowed_statuses"))
                        .isEqualTo(List.of("cancelled", "confirmed")));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.history()).hasSize(1);
    }

    @Test
    void cancelled_and_refunded_are_final() {
        assertThat(OrderStatus.CANCELLED.next()).isEmpty();
        assertThat(OrderStatus.REFUNDED.next()).isEmpty();
        assertThat(OrderStatus.SHIPPED.goodsHaveLeft()).isTrue();
        assertThat(OrderStatus.PROCESSING.goodsHaveLeft()).isFalse();
    }

    @Test
    void only_a_pending_order_past_its_time_is_expired() {
        Order order = placed();
        assertThat(order.isExpiredAt(Instant.now())).isFalse();
        assertThat(order.isExpiredAt(Instant.now().plusSeconds(61))).isTrue();
        order.moveTo(OrderStatus.CONFIRMED, null, STAFF, null);
        assertThat(order.isExpiredAt(Instant.now().plusSeconds(3600))).isFalse();
    }

    @Test
    void order_numbers_follow_the_shops_format_and_are_checked_before_any_lookup() {
        String number = OrderNumber.next("demo");
        assertThat(number).matches("ORD-DEMO-\\d{8}-[0-9A-F]{8}");
        assertThat(OrderNumber.looksValid(number)).isTrue();
        assertThat(OrderNumber.looksValid("ORD-DEMO-1-x")).isFalse();
        assertThat(OrderNumber.looksValid("' or 1=1 --")).isFalse();
    }

    @Test
    void an_order_number_is_ORD_a_shop_of_3_to_63_characters_a_date_and_8_upper_case_hex_digits() {
        String shop63 = "A".repeat(63);
        assertThat(OrderNumber.looksValid("ORD-MY-SHOP-2-20260101-0A1B2C3D")).isTrue();
        assertThat(OrderNumber.looksValid("ORD-ABC-20260101-0A1B2C3D")).isTrue();
        assertThat(OrderNumber.looksValid("ORD-" + shop63 + "-20260101-0A1B2C3D")).isTrue();
        assertThat(OrderNumber.looksValid("ORD-AB-20260101-0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-" + shop63 + "A-20260101-0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-ABC-20260101-0a1b2c3d")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-abc-20260101-0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-ABC-2026010X-0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-ABC_20260101-0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-ABC-20260101_0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-ABC-20260101-0A1B2C3D ")).isFalse();
        assertThat(OrderNumber.looksValid("XRD-ABC-20260101-0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid("ORD-20260101-0A1B2C3D")).isFalse();
        assertThat(OrderNumber.looksValid(null)).isFalse();
    }
}
