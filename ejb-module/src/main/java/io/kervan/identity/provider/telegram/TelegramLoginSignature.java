package io.kervan.identity.provider.telegram;

import io.kervan.identity.domain.TelegramLogin;
import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.Digests;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The login widget's signature: the HMAC-SHA256 of the login's check string ({@link TelegramLogin#dataCheckString()}),
 * keyed with the SHA-256 of the bot token, in hex. Compared in constant time.
 */
final class TelegramLoginSignature {

    private TelegramLoginSignature() {
    }

    static boolean verifies(TelegramLogin login, Secret botToken) {
        byte[] expected = Digests.hmacSha256(Digests.sha256(botToken.reveal()),
                login.dataCheckString().getBytes(StandardCharsets.UTF_8));
        return Digests.same(expected, HexFormat.of().parseHex(login.hash()));
    }
}
