package io.kervan.payments.provider.paynet;

import io.kervan.payments.provider.InstallmentOption;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaynetInstallmentsTest {

    private static Money tl(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    @Test
    void each_row_of_the_cards_bank_becomes_an_option_with_paynets_own_monthly_and_total_amounts() {
        String table = "{\"object_name\":\"ratio_get\",\"code\":0,\"data\":[{\"bank_id\":\"AXSS\",\"ratio\":["
                + "{\"ratio\":0.0199,\"instalment\":1,\"instalment_amount\":100.00,\"total_amount\":100.00},"
                + "{\"ratio\":0.0449,\"instalment\":3,\"instalment_amount\":33.33,\"total_amount\":100.00},"
                + "{\"ratio\":0.0749,\"instalment\":6,\"instalment_amount\":16.67,\"total_amount\":100.00}]}]}";

        assertThat(PaynetInstallments.options(JsonDocuments.parse(table), tl("100.00"))).containsExactly(
                new InstallmentOption(1, tl("100.00"), tl("100.00")),
                new InstallmentOption(3, tl("33.33"), tl("100.00")),
                new InstallmentOption(6, tl("16.67"), tl("100.00")));
    }

    @Test
    void a_row_without_amounts_is_priced_to_the_kurus_half_up_and_one_payment_is_always_there() {
        String table = "{\"code\":0,\"data\":[{\"bank_id\":\"OTHR\",\"ratio\":[{\"ratio\":0.0229,\"instalment\":3}]}]}";

        assertThat(PaynetInstallments.options(JsonDocuments.parse(table), tl("129.90"))).containsExactly(
                InstallmentOption.single(tl("129.90")), new InstallmentOption(3, tl("43.30"), tl("129.90")));
        assertThat(PaynetInstallments.options(JsonDocuments.parse("{\"code\":0,\"data\":[]}"), tl("10.01")))
                .containsExactly(InstallmentOption.single(tl("10.01")));
    }

    @Test
    void a_refused_table_is_paynets_refusal() {
        assertThatThrownBy(() -> PaynetInstallments.options(JsonDocuments.parse(
                "{\"code\":14,\"message\":\"Geçersiz bin\"}"), tl("1.00")))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("Geçersiz bin");
    }
}
