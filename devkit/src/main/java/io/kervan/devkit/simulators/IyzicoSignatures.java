package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every signature iyzico uses, computed as its SDKs compute them (iyzipay-java {@code IyziAuthV2Generator},
 * {@code ResponseSignatureGenerator}; iyzipay-php {@code samples/callbackUrl_Signature_Validation.php} and
 * {@code samples/webhook_Signature_Validation.php}). All are lowercase hex HMAC-SHA256 keyed with the merchant's
 * secret key.
 */
public final class IyzicoSignatures {

    private static final Pattern AUTH = Pattern.compile("apiKey:(.+)&randomKey:(.+)&signature:([0-9a-fA-F]+)");

    /** What an {@code IYZWSv2} header carries. */
    public record Credentials(String apiKey, String randomKey, String signature) {
    }

    private IyzicoSignatures() {
    }

    /**
     * The {@code Authorization} header of a request: {@code IYZWSv2 } + Base64("apiKey:…&randomKey:…&signature:…"),
     * the signature over randomKey + URI path + the exact body sent (nothing for a request without a body).
     */
    public static String authorization(String apiKey, String secretKey, String randomKey, String uriPath,
                                       String body) {
        String content = "apiKey:" + apiKey + "&randomKey:" + randomKey + "&signature:"
                + requestSignature(secretKey, randomKey, uriPath, body);
        return "IYZWSv2 " + Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }

    public static String requestSignature(String secretKey, String randomKey, String uriPath, String body) {
        return HmacSha256.hex(secretKey, randomKey + uriPath + (body == null ? "" : body));
    }

    /** The parts of an {@code IYZWSv2} header, or null when it is not one. */
    public static Credentials parse(String header) {
        if (header == null || !header.startsWith("IYZWSv2 ")) {
            return null;
        }
        try {
            String content = new String(Base64.getDecoder().decode(header.substring(8).trim()),
                    StandardCharsets.UTF_8);
            Matcher m = AUTH.matcher(content);
            return m.matches() ? new Credentials(m.group(1), m.group(2), m.group(3)) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /**
     * An answer's {@code signature}: the parameters joined by {@code :}, a null as nothing, a BigDecimal without
     * trailing zeros in plain notation; the order is per model (README, iyzico section).
     */
    public static String response(String secretKey, Object... params) {
        return HmacSha256.hex(secretKey, Arrays.stream(params).map(IyzicoSignatures::text)
                .collect(Collectors.joining(":")));
    }

    /**
     * The {@code signature} posted to callbackUrl after 3-D Secure, over
     * conversationData:conversationId:mdStatus:paymentId:status.
     */
    public static String callback(String secretKey, String conversationData, String conversationId, String mdStatus,
                                  String paymentId, String status) {
        return response(secretKey, conversationData, conversationId, mdStatus, paymentId, status);
    }

    /** {@code X-IYZ-SIGNATURE-V3} of a direct (API, 3-D Secure) payment's webhook. */
    public static String webhookDirect(String secretKey, String eventType, String paymentId, String conversationId,
                                       String status) {
        return HmacSha256.hex(secretKey, secretKey + eventType + paymentId + conversationId + status);
    }

    /** {@code X-IYZ-SIGNATURE-V3} of a checkout form (or Pay with iyzico) webhook. */
    public static String webhookCheckoutForm(String secretKey, String eventType, String iyziPaymentId, String token,
                                             String conversationId, String status) {
        return HmacSha256.hex(secretKey, secretKey + eventType + iyziPaymentId + token + conversationId + status);
    }

    private static String text(Object param) {
        if (param instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        return Objects.toString(param, "");
    }
}
