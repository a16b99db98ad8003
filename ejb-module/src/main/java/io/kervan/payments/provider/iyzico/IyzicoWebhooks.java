package io.kervan.payments.provider.iyzico;

import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.InvalidWebhookException;
import io.kervan.payments.provider.WebhookEvent;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.StoredText;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import java.util.Map;
import java.util.Set;

/**
 * iyzico's merchant notifications, checked before they are read: {@code X-IYZ-SIGNATURE-V3} is the HMAC-SHA256 under
 * the secret key of secretKey + the event's fields with no separator, one formula for checkout-form events (which
 * carry a {@code token}) and one for direct and 3-D Secure payments. The signed data has no timestamp, so a replay is
 * caught by the event's {@code iyziReferenceCode}, which Kervan keeps as the event id. A checkout-form event names its
 * payment by token, a direct one by Kervan's payment number ({@code paymentConversationId}): Kervan's transaction ids
 * of the two flows.
 */
final class IyzicoWebhooks {

    static final String HEADER = "x-iyz-signature-v3";
    private static final Set<String> SETTLED = Set.of("SUCCESS", "FAILURE");

    private IyzicoWebhooks() {
    }

    static WebhookEvent read(String payload, Map<String, String> headers, ProviderAccount account) {
        Secret secret = account == null ? null : account.credentials().get("api_secret");
        String signature = headers.get(HEADER);
        if (secret == null || signature == null) {
            throw new InvalidWebhookException("Missing X-IYZ-SIGNATURE-V3, or the integration has no api_secret");
        }
        JsonObject json;
        try {
            json = JsonDocuments.parse(payload);
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidWebhookException("The notification is not an iyzico event");
        }
        String eventType = text(json, "iyziEventType");
        String token = text(json, "token");
        String conversationId = text(json, "paymentConversationId");
        String status = text(json, "status");
        String paymentId = text(json, "paymentId") != null ? raw(json, "paymentId") : raw(json, "iyziPaymentId");
        // Signed as sent: a field that is absent counts as nothing.
        String expected = token != null
                ? IyzicoSignatures.webhookCheckoutForm(secret.reveal(), raw(json, "iyziEventType"),
                raw(json, "iyziPaymentId"), token, raw(json, "paymentConversationId"), raw(json, "status"))
                : IyzicoSignatures.webhookDirect(secret.reveal(), raw(json, "iyziEventType"), paymentId,
                raw(json, "paymentConversationId"), raw(json, "status"));
        if (!IyzicoSignatures.same(expected, signature)) {
            throw new InvalidWebhookException("The X-IYZ-SIGNATURE-V3 does not match this notification");
        }
        String reference = text(json, "iyziReferenceCode");
        if (reference == null || eventType == null) {
            throw new InvalidWebhookException("The notification has no iyziReferenceCode or iyziEventType");
        }
        String transaction = token != null ? token : conversationId;
        StoredText.require("iyziReferenceCode", reference, 200);
        StoredText.require("iyziEventType", eventType, 100);
        StoredText.require("token", transaction, 200);
        return new WebhookEvent(reference, eventType, transaction, SETTLED.contains(status));
    }

    private static String raw(JsonObject json, String name) {
        return java.util.Objects.toString(IyzicoAnswer.text(json, name), "");
    }

    private static String text(JsonObject json, String name) {
        String value = IyzicoAnswer.text(json, name);
        return value == null || value.isEmpty() ? null : value;
    }
}
