package io.kervan.payments.provider.iyzico;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Every signature of iyzico's wire, each a lowercase hex HMAC-SHA256 keyed with the merchant's secret key (iyzipay-java
 * {@code IyziAuthV2Generator} and {@code ResponseSignatureGenerator}; iyzipay-php's callback and webhook samples).
 * Values that come from an answer are compared in constant time.
 */
final class IyzicoSignatures {

    private IyzicoSignatures() {
    }

    /**
     * {@code IYZWSv2 } + Base64("apiKey:…&randomKey:…&signature:…"), the signature over randomKey + the URI path (with
     * its query, if any) + the exact body sent (nothing for a request without one).
     */
    static String authorization(String apiKey, String secretKey, String randomKey, String uriPath, String body) {
        String signature = hex(secretKey, randomKey + uriPath + (body == null ? "" : body));
        String content = "apiKey:" + apiKey + "&randomKey:" + randomKey + "&signature:" + signature;
        return "IYZWSv2 " + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer's {@code signature}: its model's fields in order, joined by {@code :}, a missing one as nothing. */
    static String answer(String secretKey, String... fields) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            data.append(i == 0 ? "" : ":").append(Objects.toString(fields[i], ""));
        }
        return hex(secretKey, data.toString());
    }

    /** The signature iyzico posts to callbackUrl after 3-D Secure. */
    static String callback(String secretKey, String conversationData, String conversationId, String mdStatus,
                           String paymentId, String status) {
        return answer(secretKey, conversationData, conversationId, mdStatus, paymentId, status);
    }

    /** {@code X-IYZ-SIGNATURE-V3} of a direct (API, 3-D Secure) payment's webhook. */
    static String webhookDirect(String secretKey, String eventType, String paymentId, String conversationId,
                                String status) {
        return hex(secretKey, secretKey + eventType + paymentId + conversationId + status);
    }

    /** {@code X-IYZ-SIGNATURE-V3} of a checkout form's (or Pay with iyzico) webhook. */
    static String webhookCheckoutForm(String secretKey, String eventType, String iyziPaymentId, String token,
                                      String conversationId, String status) {
        return hex(secretKey, secretKey + eventType + iyziPaymentId + token + conversationId + status);
    }

    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hex(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
