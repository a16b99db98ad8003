package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.CallNotSentException;
import io.kervan.integrations.domain.CallTimedOutException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The breaker and bulkhead per integration, on SmallRye Fault Tolerance's standalone engine (the same code WildFly
 * runs). The breaker here opens when both of the last two calls went unanswered.
 */
class ProviderCallsTest {

    /** What an adapter throws when its provider does not answer. */
    static final class NoAnswer extends RuntimeException {
    }

    /** What an adapter throws when its provider says no: an answer, not a failure. */
    static final class Refused extends RuntimeException {
    }

    private static final ProviderCalls.Retries THREE_TRIES =
            new ProviderCalls.Retries(2, Duration.ofMillis(10), NoAnswer.class::isInstance);

    private final ProviderCalls calls = new ProviderCalls(1.0, 2, Duration.ofSeconds(20), 1, 0,
            Duration.ofMillis(500));
    private final UUID shopA = UUID.randomUUID();
    private final UUID shopB = UUID.randomUUID();
    private final AtomicInteger sent = new AtomicInteger();

    @Test
    void a_retried_call_that_never_gets_an_answer_counts_as_one_failure() {
        assertThatThrownBy(() -> retriedDeadCall(shopA)).isInstanceOf(NoAnswer.class);
        assertThat(sent).hasValue(3);

        // Counted per try, those three would have opened the breaker; counted once, this call still goes out.
        assertThatThrownBy(() -> retriedDeadCall(shopA)).isInstanceOf(NoAnswer.class);
        assertThat(sent).hasValue(6);

        assertThatThrownBy(() -> retriedDeadCall(shopA)).isInstanceOf(CallNotSentException.class);
        assertThat(sent).hasValue(6);
    }

    @Test
    void one_integrations_open_breaker_sends_nothing_and_says_when_to_try_again_while_another_is_untouched() {
        deadCall(shopA);
        deadCall(shopA);

        CallNotSentException paused = (CallNotSentException) catchFrom(() -> calls.call(shopA, NoAnswer.class::isInstance,
                this::answer));
        assertThat(sent).hasValue(2);
        assertThat(paused.why()).isEqualTo(CallNotSentException.Why.PAUSED);
        assertThat(paused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(paused.describe("Kuveyt Türk")).startsWith("Kervan sent nothing to Kuveyt Türk: ")
                .doesNotContain("may have");
        assertThat(paused.properties()).containsKey("retry_after_seconds");

        assertThat(calls.call(shopB, NoAnswer.class::isInstance, this::answer)).isEqualTo("ok");
        assertThat(sent).hasValue(3);
    }

    @Test
    void refusals_are_answers_and_never_open_the_breaker() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> calls.call(shopA, NoAnswer.class::isInstance, () -> {
                sent.incrementAndGet();
                throw new Refused();
            })).isInstanceOf(Refused.class);
        }
        assertThat(calls.call(shopA, NoAnswer.class::isInstance, this::answer)).isEqualTo("ok");
    }

    @Test
    void a_call_that_takes_too_long_times_out_and_counts_as_unanswered() {
        Supplier<String> slow = () -> {
            sleep(1_000);
            return "late";
        };
        assertThatThrownBy(() -> calls.call(shopA, NoAnswer.class::isInstance, slow))
                .isInstanceOf(CallTimedOutException.class);
        assertThatThrownBy(() -> calls.call(shopA, NoAnswer.class::isInstance, slow))
                .isInstanceOf(CallTimedOutException.class);
        assertThatThrownBy(() -> calls.call(shopA, NoAnswer.class::isInstance, this::answer))
                .isInstanceOf(CallNotSentException.class);
    }

    @Test
    void a_full_bulkhead_turns_the_next_call_of_that_integration_away_but_not_another_integrations()
            throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<String> slow = thread.submit(() -> calls.call(shopA, NoAnswer.class::isInstance, () -> {
                inside.countDown();
                await(release);
                return "slow";
            }));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            CallNotSentException busy = (CallNotSentException) catchFrom(() -> calls.call(shopA,
                    NoAnswer.class::isInstance, this::answer));
            assertThat(busy.why()).isEqualTo(CallNotSentException.Why.BUSY);
            assertThat(calls.call(shopB, NoAnswer.class::isInstance, this::answer)).isEqualTo("ok");

            release.countDown();
            assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
            assertThat(calls.call(shopA, NoAnswer.class::isInstance, this::answer)).isEqualTo("ok");
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void a_changed_integration_starts_with_a_closed_breaker() {
        deadCall(shopA);
        deadCall(shopA);
        assertThatThrownBy(() -> calls.call(shopA, NoAnswer.class::isInstance, this::answer))
                .isInstanceOf(CallNotSentException.class);

        calls.forget(shopA);
        assertThat(calls.call(shopA, NoAnswer.class::isInstance, this::answer)).isEqualTo("ok");
    }

    private String retriedDeadCall(UUID integration) {
        return calls.call(integration, NoAnswer.class::isInstance, () -> calls.retried(THREE_TRIES, () -> {
            sent.incrementAndGet();
            throw new NoAnswer();
        }));
    }

    private void deadCall(UUID integration) {
        assertThatThrownBy(() -> calls.call(integration, NoAnswer.class::isInstance, () -> {
            sent.incrementAndGet();
            throw new NoAnswer();
        })).isInstanceOf(NoAnswer.class);
    }

    private String answer() {
        sent.incrementAndGet();
        return "ok";
    }

    private static Throwable catchFrom(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the call went through");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
