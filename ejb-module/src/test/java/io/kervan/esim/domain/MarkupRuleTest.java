package io.kervan.esim.domain;

import io.kervan.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkupRuleTest {

    private static BigDecimal price(Map<String, Object> config, String cost) {
        return MarkupRule.of(config).priceFor(new BigDecimal(cost), 2);
    }

    @Test
    void without_settings_a_bundle_sells_at_its_cost() {
        assertThat(price(Map.of(), "1.79")).isEqualByComparingTo("1.79").hasScaleOf(2);
    }

    @ParameterizedTest(name = "{0} + {1}% + {2} -> {3}")
    @CsvSource({
            "1.79, 30, 0, 2.33",      // 2.327 rounds up, never down, to whole cents
            "1.70, 30, 0, 2.21",      // exactly 2.21: nothing to round
            "2.00, 25, 0.50, 3.00",   // percentage first, then the fixed part
            "0.10, 12.5, 0, 0.12",    // 0.1125 -> 0.12
            "10, 0, 0, 10.00",
    })
    void the_markup_is_a_percentage_plus_a_fixed_amount_rounded_up_to_cents(String cost, String percent,
                                                                            String fixed, String expected) {
        assertThat(price(Map.of("markup_percent", percent, "markup_fixed", fixed), cost))
                .isEqualByComparingTo(expected).hasScaleOf(2);
    }

    @Test
    void a_rounding_step_rounds_up_to_its_multiples() {
        assertThat(price(Map.of("markup_percent", 30, "rounding_step", "0.50"), "1.79")).isEqualByComparingTo("2.50");
        assertThat(price(Map.of("markup_percent", 30, "rounding_step", 1), "1.79")).isEqualByComparingTo("3.00");
        assertThat(price(Map.of("rounding_step", "0.05"), "2.00")).isEqualByComparingTo("2.00");
    }

    @Test
    void a_price_ending_gives_the_next_price_with_those_cents() {
        Map<String, Object> ninetyNine = Map.of("markup_percent", 30, "price_ending", "0.99");
        assertThat(price(ninetyNine, "3.23")).isEqualByComparingTo("4.99");   // 4.199
        assertThat(price(ninetyNine, "3.83")).isEqualByComparingTo("4.99");   // 4.979
        assertThat(price(ninetyNine, "3.84")).isEqualByComparingTo("5.99");   // 4.992
        assertThat(price(Map.of("price_ending", "0.99"), "4.99")).isEqualByComparingTo("4.99");
        assertThat(price(Map.of("price_ending", "0.99"), "0")).isEqualByComparingTo("0.99");
        assertThat(price(Map.of("price_ending", "0"), "4.01")).isEqualByComparingTo("5.00");
    }

    @Test
    void money_stays_exact_where_binary_floating_point_would_not() {
        // 0.1 + 0.2 with doubles is 0.30000000000000004, which would round up to 0.31.
        assertThat(price(Map.of("markup_fixed", "0.2"), "0.1")).isEqualByComparingTo("0.30");
        assertThat(price(Map.of("markup_percent", "10"), "1.10")).isEqualByComparingTo("1.21");
    }

    @Test
    void a_currency_without_minor_units_is_rounded_up_to_whole_units() {
        assertThat(MarkupRule.of(Map.of("markup_percent", 30)).priceFor(new BigDecimal("179"), 0))
                .isEqualByComparingTo("233").hasScaleOf(0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "markup_percent, -5", "markup_percent, 1001", "markup_percent, lots",
            "markup_fixed, -1", "rounding_step, 0", "rounding_step, 0.001", "rounding_step, 101",
            "price_ending, 1", "price_ending, 0.999", "price_ending, -0.01",
    })
    void unreadable_or_absurd_settings_are_refused_naming_the_setting(String key, String value) {
        assertThatThrownBy(() -> MarkupRule.of(Map.of(key, value)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("config." + key);
    }
}
