package io.kervan.webkit.i18n;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    @Test
    void turkish_writes_the_lira_sign_before_dots_and_a_comma() {
        assertThat(new Formats(Language.TR, ISTANBUL).money("1234.56", "TRY")).isEqualTo("₺1.234,56");
        assertThat(new Formats(Language.TR, ISTANBUL).money("0.5", "TRY")).isEqualTo("₺0,50");
    }

    @Test
    void english_writes_the_iso_code_and_commas_between_thousands() {
        assertThat(new Formats(Language.EN, ISTANBUL).money("1234.56", "TRY")).isEqualTo("TRY\u00a01,234.56");
        assertThat(new Formats(Language.EN, ISTANBUL).money(new BigDecimal("4.9"), "USD")).isEqualTo("USD\u00a04.90");
    }

    @Test
    void russian_groups_with_spaces_and_puts_the_currency_last() {
        assertThat(new Formats(Language.RU, ISTANBUL).money("1234.56", "TRY")).startsWith("1\u00a0234,56");
    }

    @Test
    void amounts_are_never_rounded_through_floating_point() {
        assertThat(new Formats(Language.EN, ISTANBUL).money("999999999.99", "TRY"))
                .isEqualTo("TRY\u00a0999,999,999.99");
    }

    @Test
    void dates_are_written_in_the_language_and_the_shop_time_zone() {
        Instant evening = Instant.parse("2026-12-31T22:30:00Z");
        assertThat(new Formats(Language.TR, ISTANBUL).date(evening)).isEqualTo("1 Ocak 2027");
        assertThat(new Formats(Language.EN, ISTANBUL).date(evening)).isEqualTo("January 1, 2027");
        assertThat(new Formats(Language.TR, ISTANBUL).date(null)).isEmpty();
    }
}
