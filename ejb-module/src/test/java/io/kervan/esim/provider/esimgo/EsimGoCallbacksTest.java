package io.kervan.esim.provider.esimgo;

import io.kervan.esim.domain.UsageCallback;
import io.kervan.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EsimGoCallbacksTest {

    private static final String UTILISATION = """
            {"iccid":"8944000000000000017","alertType":"Utilisation","bundle":{"id":"a1","reference":"ref-1",
             "name":"esim_5GB_7D_TR_V2","description":"eSIM, 5GB, 7 Days, Turkey, V2","initialQuantity":5000000000,
             "remainingQuantity":2500000000,"startTime":"2026-11-20T10:00:00Z","endTime":"2026-11-27T10:00:00Z",
             "unlimited":false}}""";

    @Test
    void a_utilisation_alert_reads_as_the_bundles_data_in_bytes() {
        UsageCallback callback = EsimGoCallbacks.read(UTILISATION);

        assertThat(callback.iccid()).isEqualTo("8944000000000000017");
        assertThat(callback.alertType()).isEqualTo("Utilisation");
        assertThat(callback.bundle()).isEqualTo(new UsageCallback.BundleUsage("ref-1", "esim_5GB_7D_TR_V2",
                5_000_000_000L, 2_500_000_000L, false));
    }

    @Test
    void the_same_report_twice_has_one_key_and_less_data_left_another() {
        String key = EsimGoCallbacks.read(UTILISATION).deduplicationKey();

        assertThat(EsimGoCallbacks.read(UTILISATION).deduplicationKey()).isEqualTo(key);
        assertThat(EsimGoCallbacks.read(UTILISATION.replace("2500000000", "2400000000")).deduplicationKey())
                .isNotEqualTo(key);
        assertThat(key).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void an_alert_without_a_bundle_has_nothing_to_record() {
        UsageCallback callback = EsimGoCallbacks.read(
                "{\"iccid\":\"8944000000000000017\",\"alertType\":\"ProfileStatusChange\",\"profileStatus\":\"Installed\"}");

        assertThat(callback.bundle()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "[1, 2]",
            "{\"alertType\":\"Utilisation\"}",
            "{\"iccid\":\"89-44\",\"alertType\":\"Utilisation\"}",
            "{\"iccid\":\"8944000000000000017\"}",
            "{\"iccid\":\"8944000000000000017\",\"alertType\":\"Utilisation\",\"bundle\":{\"reference\":\"r\","
                    + "\"name\":\"n\",\"initialQuantity\":1,\"remainingQuantity\":-5}}",
            "{\"iccid\":\"8944000000000000017\",\"alertType\":\"Utilisation\",\"bundle\":{\"reference\":\"r\","
                    + "\"name\":\"n\",\"initialQuantity\":\"lots\",\"remainingQuantity\":1}}",
    })
    void a_callback_that_cannot_say_which_eSIM_and_how_much_is_left_is_refused(String body) {
        assertThatThrownBy(() -> EsimGoCallbacks.read(body)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void text_that_cannot_be_stored_is_refused_naming_its_field() {
        assertThatThrownBy(() -> EsimGoCallbacks.read(UTILISATION.replace("\"Utilisation\"", "\"Utili\\u0000sation\"")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("alertType")
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> EsimGoCallbacks.read(UTILISATION.replace("ref-1", "ref-\\u0000")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bundle.reference");
    }

    @Test
    void a_quantity_with_a_huge_exponent_is_refused_without_being_expanded() {
        assertThatThrownBy(() -> EsimGoCallbacks.read(UTILISATION.replace("2500000000", "1e999999999")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("bundle.remainingQuantity");
    }
}
