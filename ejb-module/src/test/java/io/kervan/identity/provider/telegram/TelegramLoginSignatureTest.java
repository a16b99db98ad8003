package io.kervan.identity.provider.telegram;

import io.kervan.identity.domain.TelegramLogin;
import io.kervan.identity.domain.TelegramLoginFields;
import io.kervan.integrations.domain.Secret;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.kervan.identity.domain.TelegramLoginFields.BOT_TOKEN;
import static io.kervan.identity.domain.TelegramLoginFields.everyField;
import static io.kervan.identity.domain.TelegramLoginFields.fewestFields;
import static org.assertj.core.api.Assertions.assertThat;

/** The login widget's signature, against hashes computed apart from Kervan's code ({@link TelegramLoginFields}). */
class TelegramLoginSignatureTest {

    private static boolean verifies(TelegramLogin login, String botToken) {
        return TelegramLoginSignature.verifies(login, Secret.of(botToken));
    }

    @Test
    void a_login_signed_with_the_bot_token_verifies() {
        assertThat(verifies(TelegramLogin.of(everyField()), BOT_TOKEN)).isTrue();
        assertThat(verifies(TelegramLogin.of(fewestFields()), BOT_TOKEN)).isTrue();
    }

    @Test
    void the_hash_may_come_in_capitals() {
        Map<String, String> fields = fewestFields();
        fields.put("hash", fields.get("hash").toUpperCase());
        assertThat(verifies(TelegramLogin.of(fields), BOT_TOKEN)).isTrue();
    }

    @Test
    void another_bots_token_does_not_verify() {
        assertThat(verifies(TelegramLogin.of(everyField()), "654321:AAAnotherShopsBotTokenForKervanTests_xyz"))
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
            assertThat(verifies(TelegramLogin.of(fields), BOT_TOKEN)).isFalse();
        }
    }
}
