package io.kervan.payments.provider.iyzico;

import io.kervan.integrations.domain.CredentialMode;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.InvalidWebhookException;
import io.kervan.payments.provider.WebhookEvent;
import io.kervan.shared.domain.JsonDocuments;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** iyzico's signatures against the vectors iyzico publishes in its SDKs, and values computed with openssl. */
class IyzicoSignaturesTest {

    private static final String WEBHOOK_SECRET = "sandbox-UuLnD7wZa0a3DmytfIrwHQqAMfqCNJrs";

    @Test
    void the_iyzws_v2_header_matches_the_vector_of_iyzipay_java() {
        // iyzipay-java IyziAuthV2GeneratorTest.should_generate_hash_when_given_request_body_is_null_request
        assertThat(IyzicoSignatures.authorization("apiKey", "secretKey", "random", "/v2/uri?test=true", null))
                .isEqualTo("IYZWSv2 YXBpS2V5OmFwaUtleSZyYW5kb21LZXk6cmFuZG9tJnNpZ25hdHVyZTpiN2EyZjYzNGRlOWNkNTkzYWNj"
                        + "ZDlhNTNhZjI4Zjc4YjgyZWM3NmRjMjYyN2Y2NTdmNjY0M2NmNjYyYzI2Njdh");
    }

    @Test
    void the_request_signature_covers_the_random_key_the_path_and_the_exact_body() {
        // printf '%s' 'randomKey123/payment/detail{"paymentId":"1"}' | openssl dgst -sha256 -hmac sandbox-secret
        String header = IyzicoSignatures.authorization("key", "sandbox-secret", "randomKey123", "/payment/detail",
                "{\"paymentId\":\"1\"}");
        String decoded = new String(java.util.Base64.getDecoder().decode(header.substring("IYZWSv2 ".length())),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo("apiKey:key&randomKey:randomKey123&signature:"
                + "af608f4695826b812acbc2e28d77d3656331b0e1a726f5fe84af7c338dd3a198");
    }

    @Test
    void an_answer_signature_joins_its_fields_with_colons_and_numbers_lose_trailing_zeros() {
        // printf '%s' '22484059:TRY:B67832:123456789:1.2:1' | openssl dgst -sha256 -hmac sandbox-secret
        IyzicoAnswer answer = new IyzicoAnswer(JsonDocuments.parse("{\"status\":\"success\",\"paymentId\":\"22484059\","
                + "\"currency\":\"TRY\",\"basketId\":\"B67832\",\"conversationId\":\"123456789\",\"paidPrice\":1.20000000,"
                + "\"price\":1.0,\"signature\":\"30ae613343620e7b542330da23ec9b7b28764e9b2c1ae23556727b2bb265b468\"}"));
        assertThat(answer.signedWith("sandbox-secret", IyzicoResults.PAYMENT_FIELDS)).isTrue();
        assertThat(answer.signedWith("another-secret", IyzicoResults.PAYMENT_FIELDS)).isFalse();
    }

    @Test
    void the_3ds_callback_signature_matches_the_sample_of_iyzipay_php() {
        // iyzipay-php samples/callbackUrl_Signature_Validation.php
        assertThat(IyzicoSignatures.callback("jLc7GQHD2pyJoqXDeEcTnGHYtP7Ai5jl", "", "", "1", "22484292", "success"))
                .isEqualTo("a4f73b80bb32a6ef8358090bbd8609a49a7b53f463048f8ef147496e236d04f0");
    }

    @Test
    void the_webhook_v3_signatures_match_the_two_published_vectors() {
        // iyzipay-php samples/webhook_Signature_Validation.php
        assertThat(IyzicoSignatures.webhookCheckoutForm(WEBHOOK_SECRET, "CHECKOUT_FORM_AUTH", "22483975",
                "e828c62d-fd12-4b1a-ad5a-380f15fe6596", "conversationId", "SUCCESS"))
                .isEqualTo("4031c575763486a2d2bf3f7ace0baebfcd6bed65393ab4df3fe80c00d5fd6878");
        assertThat(IyzicoSignatures.webhookDirect(WEBHOOK_SECRET, "API_AUTH", "22484059", "conversationId", "SUCCESS"))
                .isEqualTo("92c7a72b7741bc83eb696066605c894778c87297b2c88d6037670666230e18ae");
    }

    @Test
    void the_published_webhook_payloads_are_read_and_deduplicated_by_their_reference_code() {
        WebhookEvent form = IyzicoWebhooks.read("{\"paymentConversationId\":\"conversationId\",\"merchantId\":3382172,"
                        + "\"token\":\"e828c62d-fd12-4b1a-ad5a-380f15fe6596\",\"status\":\"SUCCESS\","
                        + "\"iyziReferenceCode\":\"77e1635c-6b39-475a-8b7b-ca15ad0cd4ac\","
                        + "\"iyziEventType\":\"CHECKOUT_FORM_AUTH\",\"iyziEventTime\":1721825036103,"
                        + "\"iyziPaymentId\":22483975}",
                Map.of("x-iyz-signature-v3", "4031c575763486a2d2bf3f7ace0baebfcd6bed65393ab4df3fe80c00d5fd6878"),
                account());
        assertThat(form).isEqualTo(new WebhookEvent("77e1635c-6b39-475a-8b7b-ca15ad0cd4ac", "CHECKOUT_FORM_AUTH",
                "e828c62d-fd12-4b1a-ad5a-380f15fe6596", true));
        WebhookEvent direct = IyzicoWebhooks.read("{\"paymentConversationId\":\"conversationId\",\"merchantId\":"
                        + "3382172,\"paymentId\":22484059,\"status\":\"SUCCESS\",\"iyziReferenceCode\":"
                        + "\"a9af8e6b-4401-4928-b6b8-40419aaa3d0f\",\"iyziEventType\":\"API_AUTH\","
                        + "\"iyziEventTime\":1721825828467,\"iyziPaymentId\":22484059}",
                Map.of("x-iyz-signature-v3", "92c7a72b7741bc83eb696066605c894778c87297b2c88d6037670666230e18ae"),
                account());
        assertThat(direct.eventId()).isEqualTo("a9af8e6b-4401-4928-b6b8-40419aaa3d0f");
        assertThat(direct.transactionId()).isEqualTo("conversationId");
    }

    @Test
    void a_webhook_with_a_changed_field_or_no_signature_is_refused() {
        String payload = "{\"paymentConversationId\":\"conversationId\",\"paymentId\":22484059,\"status\":\"FAILURE\","
                + "\"iyziReferenceCode\":\"r\",\"iyziEventType\":\"API_AUTH\"}";
        assertThatThrownBy(() -> IyzicoWebhooks.read(payload, Map.of("x-iyz-signature-v3",
                "92c7a72b7741bc83eb696066605c894778c87297b2c88d6037670666230e18ae"), account()))
                .isInstanceOf(InvalidWebhookException.class).hasMessageNotContaining(WEBHOOK_SECRET);
        assertThatThrownBy(() -> IyzicoWebhooks.read(payload, Map.of(), account()))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> IyzicoWebhooks.read("not json", Map.of("x-iyz-signature-v3", "00"), account()))
                .isInstanceOf(InvalidWebhookException.class);
    }

    private static ProviderAccount account() {
        return new ProviderAccount(UUID.randomUUID(), ProviderType.IYZICO, CredentialMode.TEST, null,
                Map.of("api_key", Secret.of("sandbox-key"), "api_secret", Secret.of(WEBHOOK_SECRET)), Map.of());
    }
}
