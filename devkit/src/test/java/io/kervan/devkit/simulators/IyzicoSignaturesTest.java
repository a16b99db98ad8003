package io.kervan.devkit.simulators;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** iyzico's signatures, against the vectors iyzico publishes in its SDKs and values computed with openssl. */
class IyzicoSignaturesTest {

    @Test
    void the_iyzws_v2_header_matches_the_vector_of_iyzipay_java() {
        // iyzipay-java IyziAuthV2GeneratorTest.should_generate_hash_when_given_request_body_is_null_request
        assertThat(IyzicoSignatures.authorization("apiKey", "secretKey", "random", "/v2/uri?test=true", null))
                .isEqualTo("IYZWSv2 YXBpS2V5OmFwaUtleSZyYW5kb21LZXk6cmFuZG9tJnNpZ25hdHVyZTpiN2EyZjYzNGRlOWNkNTkzYWNj"
                        + "ZDlhNTNhZjI4Zjc4YjgyZWM3NmRjMjYyN2Y2NTdmNjY0M2NmNjYyYzI2Njdh");
    }

    @Test
    void the_request_signature_covers_random_key_path_and_the_exact_body() {
        // printf '%s' 'randomKey123/payment/detail{"paymentId":"1"}' | openssl dgst -sha256 -hmac sandbox-secret
        assertThat(IyzicoSignatures.requestSignature("sandbox-secret", "randomKey123", "/payment/detail",
                "{\"paymentId\":\"1\"}"))
                .isEqualTo("af608f4695826b812acbc2e28d77d3656331b0e1a726f5fe84af7c338dd3a198");
        IyzicoSignatures.Credentials parsed = IyzicoSignatures.parse(IyzicoSignatures.authorization("key",
                "sandbox-secret", "randomKey123", "/payment/detail", "{\"paymentId\":\"1\"}"));
        assertThat(parsed).isEqualTo(new IyzicoSignatures.Credentials("key", "randomKey123",
                "af608f4695826b812acbc2e28d77d3656331b0e1a726f5fe84af7c338dd3a198"));
        assertThat(IyzicoSignatures.parse("IYZWS key:abc")).isNull();
        assertThat(IyzicoSignatures.parse("IYZWSv2 not-base64!")).isNull();
    }

    @Test
    void a_response_signature_joins_the_fields_with_colons_and_strips_trailing_zeros() {
        // printf '%s' '22484059:TRY:B67832:123456789:1.2:1' | openssl dgst -sha256 -hmac sandbox-secret
        assertThat(IyzicoSignatures.response("sandbox-secret", "22484059", "TRY", "B67832", "123456789",
                new BigDecimal("1.20000000"), new BigDecimal("1.0")))
                .isEqualTo("30ae613343620e7b542330da23ec9b7b28764e9b2c1ae23556727b2bb265b468");
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
        String secret = "sandbox-UuLnD7wZa0a3DmytfIrwHQqAMfqCNJrs";
        assertThat(IyzicoSignatures.webhookCheckoutForm(secret, "CHECKOUT_FORM_AUTH", "22483975",
                "e828c62d-fd12-4b1a-ad5a-380f15fe6596", "conversationId", "SUCCESS"))
                .isEqualTo("4031c575763486a2d2bf3f7ace0baebfcd6bed65393ab4df3fe80c00d5fd6878");
        assertThat(IyzicoSignatures.webhookDirect(secret, "API_AUTH", "22484059", "conversationId", "SUCCESS"))
                .isEqualTo("92c7a72b7741bc83eb696066605c894778c87297b2c88d6037670666230e18ae");
    }
}
