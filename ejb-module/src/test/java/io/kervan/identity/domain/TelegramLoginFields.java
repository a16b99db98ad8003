package io.kervan.identity.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Login widget fields for the tests, signed with {@link #BOT_TOKEN}. The hashes were computed apart from Kervan's code,
 * with openssl:
 * <pre>
 * KEY=$(printf '%s' "$TOKEN" | openssl dgst -sha256 -binary | xxd -p -c 64)
 * printf 'auth_date=1795000000\nfirst_name=Ayşe\nid=987654321\nlast_name=Yılmaz\n…' \
 *     | openssl dgst -sha256 -mac HMAC -macopt hexkey:$KEY
 * </pre>
 */
public final class TelegramLoginFields {

    public static final String BOT_TOKEN = "123456:AAFakeBotTokenForKervanUnitTests_abcdefg";

    private TelegramLoginFields() {
    }

    /** Every field the widget can send, as a mutable map. */
    public static Map<String, String> everyField() {
        Map<String, String> fields = new HashMap<>(Map.of("id", "987654321", "first_name", "Ayşe",
                "last_name", "Yılmaz", "username", "ayse_y", "photo_url", "https://t.me/i/userpic/320/ayse.jpg",
                "auth_date", "1795000000"));
        fields.put("hash", "5efd978970cce613c9b88870c0ae884d49f34bfedeba1e29b008bf22e881106a");
        return fields;
    }

    /** The fields the widget always sends, as a mutable map. */
    public static Map<String, String> fewestFields() {
        return new HashMap<>(Map.of("id", "987654321", "first_name", "Ayşe", "auth_date", "1795000000",
                "hash", "324e0db74578816974fd3fb3a8c1f62b8774bf0a78966d8283d665efcc5bc6b5"));
    }
}
