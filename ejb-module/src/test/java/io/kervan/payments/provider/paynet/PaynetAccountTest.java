package io.kervan.payments.provider.paynet;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaynetAccountTest {

    private static final String KEY = "sck_pcs_kervanUnitTestSecretKey01";

    private static ProviderAccount account(CredentialMode mode, String endpoint, Map<String, Secret> credentials) {
        return new ProviderAccount(UUID.randomUUID(), ProviderType.PAYNET, mode, endpoint, credentials, Map.of());
    }

    @Test
    void the_authorization_header_is_basic_followed_by_the_secret_key_itself_not_base64() {
        PaynetAccount paynet = PaynetAccount.of(account(CredentialMode.TEST, null,
                Map.of("api_secret", Secret.of(KEY))));

        assertThat(paynet.authorization()).isEqualTo("Basic " + KEY);
        assertThat(paynet.toString()).doesNotContain(KEY);
    }

    @Test
    void each_mode_goes_to_paynets_own_host_unless_the_integration_names_another() {
        Map<String, Secret> keys = Map.of("api_secret", Secret.of(KEY));
        assertThat(PaynetAccount.of(account(CredentialMode.TEST, null, keys)).url("/v1/transaction/check"))
                .isEqualTo("https://pts-api.paynet.com.tr/v1/transaction/check");
        assertThat(PaynetAccount.of(account(CredentialMode.LIVE, " ", keys)).baseUrl())
                .isEqualTo("https://api.paynet.com.tr");
        assertThat(PaynetAccount.of(account(CredentialMode.TEST, "http://127.0.0.1:12181/", keys)).baseUrl())
                .isEqualTo("http://127.0.0.1:12181");
    }

    @Test
    void an_integration_without_a_secret_key_is_refused_without_calling_paynet() {
        assertThatThrownBy(() -> PaynetAccount.of(account(CredentialMode.TEST, null, Map.of())))
                .isInstanceOf(ProviderRefusedException.class).hasMessageContaining("api_secret");
    }

    @Test
    void amounts_are_written_with_a_comma_for_tds_initial_and_in_kurus_for_refunds() {
        Money amount = Money.of(new BigDecimal("1129.9"), "TRY");
        assertThat(PaynetJson.commaDecimal(amount)).isEqualTo("1129,90");
        assertThat(PaynetJson.kurus(amount)).isEqualTo("112990");
        assertThat(PaynetJson.kurus(Money.of(new BigDecimal("10"), "TRY"))).isEqualTo("1000");
    }
}
