package io.kervan.escrow.domain;

import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscrowAccountTest {

    private static final Actor PAYMENT = Actor.provider("payment:PAY-1");
    private static final Actor STAFF = Actor.staff(UUID.randomUUID(), "ayse@example.com");
    private static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");

    private static Money tl(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private static EscrowAccount held(String amount) {
        return EscrowAccount.hold(UUID.randomUUID(), "KRV-1", UUID.randomUUID(), tl(amount), PAYMENT, T0);
    }

    /** held = released + refunded + still held, and each amount is the sum of its ledger entries. */
    private static void assertAddsUp(EscrowAccount a) {
        assertThat(a.released().plus(a.refunded()).plus(a.remaining())).isEqualTo(a.held());
        assertThat(sum(a, EntryKind.HELD)).isEqualTo(a.held());
        assertThat(sum(a, EntryKind.RELEASED)).isEqualTo(a.released());
        assertThat(sum(a, EntryKind.REFUNDED)).isEqualTo(a.refunded());
        assertThat(sum(a, EntryKind.REFUNDED_AFTER_RELEASE)).isEqualTo(a.refundedAfterRelease());
    }

    private static Money sum(EscrowAccount a, EntryKind kind) {
        return a.entries().stream().filter(e -> e.kind() == kind).map(EscrowEntry::amount)
                .reduce(tl("0"), Money::plus);
    }

    @Test
    void delivery_releases_all_that_is_held_by_whoever_delivered() {
        EscrowAccount a = held("129.90");
        a.delivered(T0.plusSeconds(60), null, STAFF);
        assertThat(a.status()).isEqualTo(EscrowStatus.RELEASED);
        assertThat(a.released()).isEqualTo(tl("129.90"));
        assertThat(a.releasedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(a.entries().get(1).actor()).isEqualTo(STAFF);
        assertAddsUp(a);
    }

    @Test
    void a_partial_refund_leaves_the_rest_held_and_a_full_one_refunds_the_escrow() {
        EscrowAccount a = held("129.90");
        a.refunded(tl("29.90"), STAFF, "RFD-1", T0);
        assertThat(a.status()).isEqualTo(EscrowStatus.HELD);
        assertThat(a.remaining()).isEqualTo(tl("100.00"));
        assertAddsUp(a);
        a.refunded(tl("100.00"), STAFF, "RFD-2", T0);
        assertThat(a.status()).isEqualTo(EscrowStatus.REFUNDED);
        assertThat(a.remaining().isZero()).isTrue();
        assertAddsUp(a);
    }

    @Test
    void a_refund_after_release_is_recorded_against_the_released_money() {
        EscrowAccount a = held("100.00");
        a.delivered(T0, null, STAFF);
        a.refunded(tl("40.00"), STAFF, "RFD-1", T0);
        assertThat(a.status()).isEqualTo(EscrowStatus.RELEASED);
        assertThat(a.released()).isEqualTo(tl("100.00"));
        assertThat(a.refundedAfterRelease()).isEqualTo(tl("40.00"));
        assertAddsUp(a);
    }

    @Test
    void a_dispute_keeps_the_money_held_through_delivery_until_it_is_cleared() {
        EscrowAccount a = held("50.00");
        a.dispute("box arrived empty", STAFF, T0);
        a.delivered(T0.plusSeconds(10), null, STAFF);
        assertThat(a.status()).isEqualTo(EscrowStatus.HELD);
        assertThatThrownBy(() -> a.release(STAFF, T0)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(EscrowError.ESCROW_DISPUTED));
        assertThatThrownBy(() -> a.dispute(null, STAFF, T0)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(EscrowError.ESCROW_DISPUTED));
        a.clearDispute(STAFF, T0.plusSeconds(20), null);
        assertThat(a.status()).isEqualTo(EscrowStatus.RELEASED);
        assertAddsUp(a);
    }

    @Test
    void with_a_release_window_delivery_only_schedules_the_release_and_the_timer_releases_when_due() {
        EscrowAccount a = held("80.00");
        a.delivered(T0, Duration.ofDays(7), STAFF);
        assertThat(a.releaseDueAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        Actor system = Actor.system("escrow-release");
        assertThat(a.releaseIfDue(system, T0.plus(Duration.ofDays(6)))).isFalse();
        assertThat(a.releaseIfDue(system, T0.plus(Duration.ofDays(7)))).isTrue();
        assertThat(a.status()).isEqualTo(EscrowStatus.RELEASED);
        assertThat(a.releaseIfDue(system, T0.plus(Duration.ofDays(8)))).isFalse();
        assertAddsUp(a);
    }

    @Test
    void illegal_moves_are_refused_with_named_errors() {
        EscrowAccount a = held("10.00");
        assertThatThrownBy(() -> a.release(STAFF, T0)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(EscrowError.ESCROW_NOT_DELIVERED));
        assertThatThrownBy(() -> a.clearDispute(STAFF, T0, null)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(EscrowError.ESCROW_NOT_DISPUTED));
        a.delivered(T0, null, STAFF);
        assertThatThrownBy(() -> a.release(STAFF, T0)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(EscrowError.ESCROW_ALREADY_RELEASED));
        assertThatThrownBy(() -> a.dispute("late", STAFF, T0)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(e.errorCode()).isEqualTo(EscrowError.ESCROW_ALREADY_RELEASED));
        assertAddsUp(a);
    }
}
