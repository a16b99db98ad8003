package io.kervan.payments.provider;

import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monthly share is rounded, the total is the provider's: Kervan never recomputes one from the other. */
class InstallmentOptionTest {

    @Test
    void the_total_is_the_providers_even_when_the_rounded_months_add_up_to_more() {
        // 100.00 in 3: months of 33.34 make 100.02, yet the card is charged 100.00
        InstallmentOption option = InstallmentOption.stated(3, new BigDecimal("33.34"), new BigDecimal("100.00"),
                "TRY");
        assertThat(option.total()).isEqualTo(Money.of(new BigDecimal("100.00"), "TRY"));
        assertThat(option.monthly().times(3)).isNotEqualTo(option.total());
    }

    @Test
    void months_rounded_down_that_add_up_to_less_are_accepted_too() {
        // iyzico's sample: 102.33 in 9 is 11.37 a month (102.33 exactly), 132.93 in 6 is 22.155 → 22.16 or 22.15
        assertThat(InstallmentOption.stated(6, new BigDecimal("22.15"), new BigDecimal("132.93"), "TRY").total())
                .isEqualTo(Money.of(new BigDecimal("132.93"), "TRY"));
        assertThat(InstallmentOption.stated(6, new BigDecimal("22.16"), new BigDecimal("132.93"), "TRY").total())
                .isEqualTo(Money.of(new BigDecimal("132.93"), "TRY"));
    }

    @Test
    void a_monthly_share_further_than_a_kurus_a_month_from_the_total_is_the_providers_mistake() {
        // 3 × 33.30 = 99.90: 0.10 short of 100.00 is more than 3 months' rounding
        assertThatThrownBy(() -> InstallmentOption.stated(3, new BigDecimal("33.30"), new BigDecimal("100.00"),
                "TRY")).isInstanceOf(ProviderRefusedException.class).hasMessageContaining("does not add up");
        // exactly a kuruş a month off is no rounding either
        assertThatThrownBy(() -> InstallmentOption.stated(3, new BigDecimal("33.36"), new BigDecimal("100.05"),
                "TRY")).isInstanceOf(ProviderRefusedException.class);
        assertThat(InstallmentOption.stated(3, new BigDecimal("33.36"), new BigDecimal("100.06"), "TRY").count())
                .isEqualTo(3);
    }

    @Test
    void a_single_payment_is_the_amount_itself() {
        Money amount = Money.of(new BigDecimal("129.90"), "TRY");
        InstallmentOption single = InstallmentOption.single(amount);
        assertThat(single.count()).isEqualTo(1);
        assertThat(single.monthly()).isEqualTo(amount);
        assertThat(single.total()).isEqualTo(amount);
        assertThatThrownBy(() -> InstallmentOption.stated(1, new BigDecimal("129.90"), new BigDecimal("129.91"),
                "TRY")).isInstanceOf(ProviderRefusedException.class);
    }

    @Test
    void fractions_of_a_kurus_counts_out_of_range_and_mixed_currencies_are_refused() {
        assertThatThrownBy(() -> InstallmentOption.stated(3, new BigDecimal("34.111"), new BigDecimal("102.33"),
                "TRY")).isInstanceOf(ProviderRefusedException.class);
        assertThatThrownBy(() -> InstallmentOption.stated(0, new BigDecimal("10"), new BigDecimal("10"), "TRY"))
                .isInstanceOf(ProviderRefusedException.class);
        assertThatThrownBy(() -> InstallmentOption.stated(37, new BigDecimal("1"), new BigDecimal("37"), "TRY"))
                .isInstanceOf(ProviderRefusedException.class);
        assertThatThrownBy(() -> new InstallmentOption(2, Money.of(BigDecimal.TEN, "TRY"),
                Money.of(new BigDecimal("20"), "EUR"))).isInstanceOf(IllegalArgumentException.class);
    }
}
