package io.kervan.payments.provider.paynet;

import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.InvalidWebhookException;
import io.kervan.payments.provider.WebhookEvent;
import io.kervan.shared.domain.Digests;
import io.kervan.shared.domain.JsonDocuments;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The shop webhook of seed 004: a JSON event whose raw body is signed {@code X-Paynet-Signature:
 * hex(HMAC-SHA256(webhook secret, body))}. It is verified before it is parsed; a delivery without the header, with a
 * signature that does not match (compared in constant time), or without a secret to check it with is refused. What it
 * says is still only a reason to ask PAYNET: payment events lead to {@code transaction/check}, refund events to the
 * refund list.
 */
final class PaynetWebhooks {

    static final String SIGNATURE_HEADER = "x-paynet-signature";

    private PaynetWebhooks() {
    }

    static WebhookEvent read(String payload, Map<String, String> headers, Secret webhookSecret) {
        String signature = headers.get(SIGNATURE_HEADER);
        if (webhookSecret == null || signature == null || !signedBy(payload, signature, webhookSecret)) {
            throw new InvalidWebhookException("The PAYNET webhook's X-Paynet-Signature does not match the "
                    + "integration's webhook_secret (or one of them is missing)");
        }
        JsonObject event;
        try {
            event = JsonDocuments.parse(payload);
        } catch (JsonException | IllegalStateException notJson) {
            throw new InvalidWebhookException("The PAYNET webhook is not a JSON object");
        }
        String eventId = PaynetJson.text(event, "event_id");
        String type = PaynetJson.text(event, "event");
        if (eventId == null || type == null) {
            throw new InvalidWebhookException("The PAYNET webhook has no event_id or event");
        }
        String kind = type.toLowerCase(Locale.ROOT);
        return new WebhookEvent(eventId, type, PaynetJson.text(event, "reference_no"), kind.startsWith("payment_"),
                kind.startsWith("refund_"));
    }

    /** Whether {@code signature} (hex, either case) is the HMAC-SHA256 of the raw body under the secret. */
    static boolean signedBy(String payload, String signature, Secret secret) {
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        byte[] expected = Digests.hmacSha256(secret.reveal().getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8));
        return Digests.same(expected, given);
    }
}
