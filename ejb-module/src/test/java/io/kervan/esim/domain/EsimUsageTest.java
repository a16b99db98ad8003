package io.kervan.esim.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EsimUsageTest {

    private static final long GB = 1_000_000_000L;

    private static Esim esim() {
        EsimFulfillment fulfillment = new EsimFulfillment(UUID.randomUUID(),
                List.of(new OrderItem("esim_5GB_7D_TR_V2", 1)));
        return new Esim(fulfillment, UUID.randomUUID(),
                new InstallDetails("8944000000000000017", "ABCD-1234", "smdp.example", "Released"),
                "esim_5GB_7D_TR_V2", List.of("TR"));
    }

    @Test
    void a_usage_callback_makes_a_queued_bundle_active_and_records_the_data_left() {
        Esim esim = esim();
        esim.usageReported("queued", 5 * GB, 5 * GB, false, Instant.now());

        esim.usageCalledBack(5 * GB, 3 * GB, false, Instant.now());

        assertThat(esim.bundleState()).isEqualTo("active");
        assertThat(esim.remainingBytes()).isEqualTo(3 * GB);
        assertThat(esim.isFinished()).isFalse();
    }

    @Test
    void a_callback_with_nothing_left_on_a_limited_bundle_depletes_it() {
        Esim esim = esim();
        esim.usageCalledBack(5 * GB, 0, false, Instant.now());

        assertThat(esim.bundleState()).isEqualTo("depleted");
        assertThat(esim.isFinished()).isTrue();
    }

    @Test
    void an_unlimited_bundle_is_never_depleted_by_a_callback() {
        Esim esim = esim();
        esim.usageCalledBack(0, 0, true, Instant.now());

        assertThat(esim.bundleState()).isEqualTo("active");
        assertThat(esim.unlimited()).isTrue();
    }

    @Test
    void a_late_report_of_more_data_left_on_the_same_bundle_does_not_give_data_back() {
        Esim esim = esim();
        esim.usageCalledBack(5 * GB, 2 * GB, false, Instant.now());

        esim.usageReported("active", 5 * GB, 4 * GB, false, Instant.now());

        assertThat(esim.remainingBytes()).isEqualTo(2 * GB);
    }

    @Test
    void a_finished_bundle_stays_finished_when_an_older_report_arrives() {
        Esim esim = esim();
        esim.usageReported("expired", 5 * GB, GB, false, Instant.now());

        esim.usageCalledBack(5 * GB, GB, false, Instant.now());
        esim.usageReported("active", 5 * GB, GB, false, Instant.now());

        assertThat(esim.bundleState()).isEqualTo("expired");
    }

    @Test
    void another_bundle_on_the_eSIM_is_taken_as_reported() {
        Esim esim = esim();
        esim.usageReported("depleted", 5 * GB, 0L, false, Instant.now());

        esim.usageReported("active", 10 * GB, 9 * GB, false, Instant.now());

        assertThat(esim.bundleState()).isEqualTo("active");
        assertThat(esim.remainingBytes()).isEqualTo(9 * GB);
    }
}
