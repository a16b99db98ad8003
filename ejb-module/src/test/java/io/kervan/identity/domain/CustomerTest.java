package io.kervan.identity.domain;

import io.kervan.shared.domain.KervanException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerTest {

    @Test
    void a_telegram_customer_has_no_password_and_is_named_by_their_telegram_id() {
        Customer customer = Customer.fromTelegram(new TelegramAccount(42L, "ayse_y"), " Ayşe ", null);

        assertThat(customer.email()).isNull();
        assertThat(customer.firstName()).isEqualTo("Ayşe");
        assertThat(customer.lastName()).isNull();
        assertThat(customer.canSignInWith("anything-at-all")).isFalse();
        assertThat(customer.principalName()).isEqualTo("telegram:42");
    }

    @Test
    void signing_in_again_keeps_the_new_username_but_another_telegram_account_is_refused() {
        Customer customer = Customer.fromTelegram(new TelegramAccount(42L, "ayse_y"), "Ayşe", "Yılmaz");

        customer.signedInWithTelegram(new TelegramAccount(42L, "ayse_new"));
        assertThat(customer.telegram()).isEqualTo(new TelegramAccount(42L, "ayse_new"));

        assertThatThrownBy(() -> customer.signedInWithTelegram(new TelegramAccount(43L, "someone")))
                .isInstanceOfSatisfying(KervanException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(IdentityError.TELEGRAM_ALREADY_LINKED));
    }

    @Test
    void a_customer_with_a_password_links_telegram_and_keeps_their_email_as_name() {
        Customer customer = new Customer("Ahmet@Example.com", "pbkdf2-sha512$1$c2FsdA$aGFzaA", "Ahmet", "Yılmaz",
                null);
        customer.signedInWithTelegram(new TelegramAccount(7L, null));

        assertThat(customer.telegram()).isEqualTo(new TelegramAccount(7L, null));
        assertThat(customer.principalName()).isEqualTo("ahmet@example.com");
    }
}
