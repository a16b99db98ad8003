package io.kervan.identity.domain;

import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.kervan.identity.domain.TelegramLoginFields.everyField;
import static io.kervan.identity.domain.TelegramLoginFields.fewestFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The widget's fields as a domain value; their signature is the Telegram adapter's (TelegramLoginSignatureTest). */
class TelegramLoginTest {

    private static final Instant AUTH_DATE = Instant.ofEpochSecond(1795000000L);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void the_checked_string_is_every_field_but_the_hash_sorted_by_name() {
        assertThat(TelegramLogin.of(everyField()).dataCheckString()).isEqualTo("auth_date=1795000000\n"
                + "first_name=Ayşe\nid=987654321\nlast_name=Yılmaz\nphoto_url=https://t.me/i/userpic/320/ayse.jpg\n"
                + "username=ayse_y");
    }

    @Test
    void a_login_is_fresh_for_the_allowed_age_and_a_minute_into_the_future() {
        TelegramLogin login = TelegramLogin.of(fewestFields());

        assertThat(login.isFreshAt(AUTH_DATE, HOUR)).isTrue();
        assertThat(login.isFreshAt(AUTH_DATE.plus(HOUR), HOUR)).isTrue();
        assertThat(login.isFreshAt(AUTH_DATE.plus(HOUR).plusSeconds(1), HOUR)).isFalse();
        assertThat(login.isFreshAt(AUTH_DATE.minusSeconds(60), HOUR)).isTrue();
        assertThat(login.isFreshAt(AUTH_DATE.minusSeconds(61), HOUR)).isFalse();
    }

    @Test
    void the_account_is_the_telegram_id_and_username() {
        assertThat(TelegramLogin.of(everyField()).account()).isEqualTo(new TelegramAccount(987654321L, "ayse_y"));
        TelegramLogin withoutUsername = TelegramLogin.of(fewestFields());
        assertThat(withoutUsername.account()).isEqualTo(new TelegramAccount(987654321L, null));
        assertThat(withoutUsername.lastName()).isNull();
        assertThat(withoutUsername.authDate()).isEqualTo(AUTH_DATE);
    }

    @Test
    void missing_fields_are_named() {
        assertThatThrownBy(() -> TelegramLogin.of(Map.of("username", "ayse_y")))
                .isInstanceOfSatisfying(KervanException.class, e -> {
                    assertThat(e.errorCode().httpStatus()).isEqualTo(400);
                    assertThat(fields(e)).containsExactlyInAnyOrder("id", "first_name", "auth_date", "hash");
                });
    }

    @Test
    void malformed_ids_dates_hashes_and_multi_line_values_are_refused() {
        Map<String, String> fields = fewestFields();
        fields.put("id", "-5");
        fields.put("auth_date", "yesterday");
        fields.put("hash", "abc");
        assertThatThrownBy(() -> TelegramLogin.of(fields)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(fields(e)).containsExactlyInAnyOrder("id", "auth_date", "hash"));

        Map<String, String> smuggled = fewestFields();
        smuggled.put("first_name", "Ayşe\nid=1");
        assertThatThrownBy(() -> TelegramLogin.of(smuggled)).isInstanceOfSatisfying(KervanException.class,
                e -> assertThat(fields(e)).containsExactly("first_name"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(KervanException e) {
        return ((List<FieldError>) e.properties().get("errors")).stream().map(FieldError::field).toList();
    }
}
