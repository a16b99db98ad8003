package io.kervan.orders.application;

import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.orders.domain.TrackedOrder;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class TrackingCacheTest {

    private static final UUID SHOP = UUID.randomUUID();
    private static final String NUMBER = "ORD-DEMO-20261203-ABCDEF12";

    private final TrackingCache cache = new TrackingCache();
    private final AtomicInteger reads = new AtomicInteger();
    private OrderStatus stored = OrderStatus.PENDING;

    @BeforeEach
    void create() {
        cache.size = 100;
        cache.create();
    }

    private Optional<TrackedOrder> database() {
        reads.incrementAndGet();
        return Optional.of(new TrackedOrder(NUMBER, stored, PaymentStatus.PENDING, null, null, null, null,
                Instant.EPOCH, Money.of(new BigDecimal("150.00"), "TRY")));
    }

    private OrderStatus track() {
        return track(this::database);
    }

    private OrderStatus track(Supplier<Optional<TrackedOrder>> database) {
        return cache.track(SHOP, NUMBER, database).orElseThrow().status();
    }

    @Test
    void an_order_asked_for_again_is_not_read_again_while_changes_are_heard() {
        cache.listening();
        track();
        track();
        assertThat(reads).hasValue(1);
    }

    @Test
    void a_heard_change_is_read_from_the_database() {
        cache.listening();
        track();
        stored = OrderStatus.SHIPPED;
        cache.heard(SHOP + " " + NUMBER);
        assertThat(track()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(reads).hasValue(2);
    }

    @Test
    void another_shops_order_of_the_same_number_is_kept_apart() {
        cache.listening();
        track();
        cache.heard(UUID.randomUUID() + " " + NUMBER);
        track();
        assertThat(reads).hasValue(1);
        assertThat(cache.track(UUID.randomUUID(), NUMBER, Optional::empty)).isEmpty();
    }

    @Test
    void an_answer_read_while_a_change_was_heard_is_not_kept() {
        cache.listening();
        assertThat(track(() -> {
            Optional<TrackedOrder> before = database();
            stored = OrderStatus.CONFIRMED;
            cache.heard(SHOP + " " + NUMBER);
            return before;
        })).isEqualTo(OrderStatus.PENDING);
        assertThat(track()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void a_change_this_node_committed_is_forgotten_without_waiting_for_its_announcement() {
        cache.listening();
        track();
        stored = OrderStatus.CONFIRMED;
        cache.committed(new OrderChanged(SHOP, NUMBER));
        assertThat(track()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void nothing_is_kept_while_changes_may_go_unheard() {
        track();
        track();
        assertThat(reads).hasValue(2);
        cache.listening();
        track();
        cache.deaf();
        stored = OrderStatus.CANCELLED;
        assertThat(track()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void listening_again_forgets_what_was_kept_before() {
        cache.listening();
        track();
        cache.deaf();
        stored = OrderStatus.DELIVERED;
        cache.listening();
        assertThat(track()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void an_unknown_number_is_asked_again_so_an_order_placed_since_is_found() {
        cache.listening();
        assertThat(cache.track(SHOP, NUMBER, Optional::empty)).isEmpty();
        assertThat(track()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void a_size_of_zero_turns_the_cache_off() {
        cache.size = 0;
        cache.create();
        assertThat(cache.enabled()).isFalse();
    }
}
