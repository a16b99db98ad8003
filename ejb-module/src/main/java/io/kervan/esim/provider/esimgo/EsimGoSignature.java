package io.kervan.esim.provider.esimgo;

import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.Digests;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * eSIM Go's signed usage callbacks (callback version 3): {@code X-Signature-SHA256} is the HMAC-SHA256 of the raw body,
 * keyed with the organisation's API key. eSIM Go's guide compares a hex digest and its API reference a base64 one, so
 * both are accepted; either way the comparison takes constant time. Check the raw bytes, before any JSON parsing.
 */
public final class EsimGoSignature {

    public static final String HEADER = "X-Signature-SHA256";

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private EsimGoSignature() {
    }

    public static boolean verifies(byte[] rawBody, String header, Secret apiKey) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String given = header.strip();
        byte[] claimed;
        try {
            claimed = HEX.matcher(given).matches() ? HexFormat.of().parseHex(given) : Base64.getDecoder().decode(given);
        } catch (IllegalArgumentException notEncoded) {
            return false;
        }
        return Digests.same(hmac(rawBody, apiKey), claimed);
    }

    static byte[] hmac(byte[] rawBody, Secret apiKey) {
        return Digests.hmacSha256(apiKey.reveal().getBytes(StandardCharsets.UTF_8), rawBody);
    }
}
