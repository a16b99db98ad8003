package io.kervan.webkit.form;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TypedAmountTest {

    @Test
    void turkish_and_plain_writings_are_both_understood() {
        assertThat(TypedAmount.parse("1.234,56")).contains(new BigDecimal("1234.56"));
        assertThat(TypedAmount.parse("1234,56")).contains(new BigDecimal("1234.56"));
        assertThat(TypedAmount.parse("1234.56")).contains(new BigDecimal("1234.56"));
        assertThat(TypedAmount.parse("1,234.56")).contains(new BigDecimal("1234.56"));
        assertThat(TypedAmount.parse(" 1.234.567,5 ")).contains(new BigDecimal("1234567.5"));
        assertThat(TypedAmount.parse("1.234,00")).contains(new BigDecimal("1234.00"));
        assertThat(TypedAmount.parse("0")).contains(new BigDecimal("0"));
        assertThat(TypedAmount.parse("89,9")).contains(new BigDecimal("89.9"));
    }

    @Test
    void a_lone_separator_before_three_digits_is_refused_rather_than_guessed() {
        assertThat(TypedAmount.parse("1.234")).isEmpty();
        assertThat(TypedAmount.parse("1,234")).isEmpty();
        assertThat(TypedAmount.ambiguous("1,234")).isTrue();
        assertThat(TypedAmount.ambiguous("1.234")).isTrue();
        assertThat(TypedAmount.ambiguous("1.234,00")).isFalse();
        assertThat(TypedAmount.ambiguous("-5")).isFalse();
    }

    @Test
    void signs_letters_symbols_and_a_third_decimal_are_refused() {
        for (String typed : new String[]{"", "-5", "-5,00", "12,345", "1.23.4", "₺100", "100 TL", "1e3", "1,234,56",
                "1.234.56", "abc", "12.345,678", "1.2345,00"}) {
            assertThat(TypedAmount.parse(typed)).as(typed).isEmpty();
        }
    }
}
