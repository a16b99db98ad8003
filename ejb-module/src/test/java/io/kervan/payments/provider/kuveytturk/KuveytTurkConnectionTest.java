package io.kervan.payments.provider.kuveytturk;

import io.kervan.integrations.domain.CredentialField;
import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.ProviderRefusedException;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The form the panel draws for Kuveyt Türk asks for exactly what the adapter needs to make calls. */
class KuveytTurkConnectionTest {

    @Test
    void an_account_with_the_required_fields_of_the_form_is_usable_and_one_without_any_of_them_is_not() {
        Map<String, Secret> secrets = new HashMap<>();
        Map<String, Object> config = new HashMap<>();
        for (CredentialField field : KuveytTurkConnection.FORM.fields()) {
            if (field.required() && field.secret()) {
                secrets.put(field.name(), Secret.of("value-of-" + field.name()));
            } else if (field.required()) {
                config.put(field.name(), "1234");
            }
        }
        assertThat(KuveytTurkAccount.of(account(secrets, config)).userName()).isEqualTo("value-of-api_key");
        for (CredentialField field : KuveytTurkConnection.FORM.fields()) {
            if (field.required()) {
                Map<String, Secret> fewerSecrets = new HashMap<>(secrets);
                Map<String, Object> fewerSettings = new HashMap<>(config);
                fewerSecrets.remove(field.name());
                fewerSettings.remove(field.name());
                assertThatThrownBy(() -> KuveytTurkAccount.of(account(fewerSecrets, fewerSettings)))
                        .as(field.name()).isInstanceOf(ProviderRefusedException.class);
            }
        }
    }

    @Test
    void the_form_describes_only_secrets_that_the_api_accepts_and_never_an_endpoint_as_required() {
        assertThat(KuveytTurkConnection.FORM.secrets()).extracting(CredentialField::name)
                .containsExactly("api_key", "api_secret");
        assertThat(KuveytTurkConnection.FORM.fields()).filteredOn(f -> f.kind() == CredentialField.Kind.ENDPOINT)
                .extracting(CredentialField::required).containsOnly(false);
    }

    private static ProviderAccount account(Map<String, Secret> secrets, Map<String, Object> config) {
        return new ProviderAccount(UUID.randomUUID(), io.kervan.integrations.domain.ProviderType.KUVEYT,
                CredentialMode.TEST, null, secrets, config);
    }
}
