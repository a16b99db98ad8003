package io.kervan.shared.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void amounts_are_kept_at_the_currency_scale_so_equal_amounts_are_equal() {
        assertThat(Money.of(new BigDecimal("150"), "TRY")).isEqualTo(Money.of(new BigDecimal("150.00"), "TRY"));
        assertThat(Money.of(new BigDecimal("150"), "TRY").toPlainString()).isEqualTo("150.00");
        assertThat(Money.of(new BigDecimal("1500"), "JPY").toPlainString()).isEqualTo("1500");
    }

    @Test
    void the_same_amount_in_another_currency_is_different_money() {
        assertThat(Money.of(BigDecimal.TEN, "TRY")).isNotEqualTo(Money.of(BigDecimal.TEN, "EUR"));
    }

    @Test
    void fractions_finer_than_the_currency_allows_are_refused_not_rounded() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"), "TRY"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2 decimal places");
    }

    @Test
    void negative_absurd_and_unknown_amounts_are_refused() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("-0.01"), "TRY")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e12"), "TRY")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XYZ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "try")).isInstanceOf(InvalidInputException.class);
    }
}
