package io.kervan.identity.domain;

import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The expected hashes were computed apart from this code, with openssl:
 * <pre>
 * KEY=$(printf '%s' "$TOKEN" | openssl dgst -sha256 -binary | xxd -p -c 64)
 * printf 'auth_date=1795000000\nfirst_name=Ayşe\nid=987654321\nlast_name=Yılmaz\n…' \
 *     | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY
 * </pre>
 */
class TelegramLoginTest {

    private static final String BOT_TOKEN = "123456:AAFakeBotTokenForKervanUnitTests_abcdefg";
    private static final Instant AUTH_DATE = Instant.ofEpochSecond(1795000000L);
    private static final Duration HOUR = Duration.ofHours(1);

    private static Map<String, String> everyField() {
        Map<String, String> fields = new HashMap<>(Map.of("id", "987654321", "first_name", "Ayşe",
                "last_name", "Yılmaz", "username", "ayse_y", "photo_url", "https://t.me/i/userpic/320/ayse.jpg",
                "auth_date", "1795000000"));
        fields.put("hash", "5efd978970cce613c9b88870c0ae884d49f34bfedeba1e29b008bf22e881106a");
        return fields;
    }

    private static Map<String, String> fewestFields() {
        return new HashMap<>(Map.of("id", "987654321", "first_name", "Ayşe", "auth_date", "1795000000",
                "hash", "324e0db74578816974fd3fb3a8c1f62b8774bf0a78966d8283d665efcc5bc6b5"));
    }

    @Test
    void the_checked_string_is_every_field_but_the_hash_sorted_by_name() {
        assertThat(TelegramLogin.of(everyField()).dataCheckString()).isEqualTo("auth_date=1795000000\n"
                + "first_name=Ayşe\nid=987654321\nlast_name=Yılmaz\nphoto_url=https://t.me/i/userpic/320/ayse.jpg\n"
                + "username=ayse_y");
    }

    @Test
    void a_login_signed_with_the_bot_token_verifies() {
        assertThat(TelegramLogin.of(everyField()).isSignedWith(BOT_TOKEN)).isTrue();
        assertThat(TelegramLogin.of(fewestFields()).isSignedWith(BOT_TOKEN)).isTrue();
    }

    @Test
    void the_hash_may_come_in_capitals() {
        Map<String, String> fields = fewestFields();
        fields.put("hash", fields.get("hash").toUpperCase());
        assertThat(TelegramLogin.of(fields).isSignedWith(BOT_TOKEN)).isTrue();
    }

    @Test
    void another_bots_token_does_not_verify() {
        assertThat(TelegramLogin.of(everyField()).isSignedWith("654321:AAAnotherShopsBotTokenForKervanTests_xyz"))
                .isFalse();
    }

    @Test
    void a_changed_an_added_or_a_left_out_field_breaks_the_hash() {
        Map<String, String> changed = everyField();
        changed.put("id", "987654322");
        Map<String, String> added = everyField();
        added.put("is_premium", "true");
        Map<String, String> leftOut = everyField();
        leftOut.remove("photo_url");

        for (Map<String, String> fields : List.of(changed, added, leftOut)) {
            assertThat(TelegramLogin.of(fields).isSignedWith(BOT_TOKEN)).isFalse();
        }
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
