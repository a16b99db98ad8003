package io.kervan.esim.provider.esimgo;

import io.kervan.integrations.domain.Secret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EsimGoSignatureTest {

    private static final Secret KEY = Secret.of("esimgo-test-key-0123");
    private static final byte[] BODY = ("{\"iccid\":\"8944000000000000017\",\"alertType\":\"Utilisation\",\"bundle\":"
            + "{\"name\":\"esim_1GB_7D_TR_V2\",\"remainingQuantity\":500000000}}").getBytes(StandardCharsets.UTF_8);

    // printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'esimgo-test-key-0123'           (hex)
    private static final String HEX = "94dd2c76a88e0b37bf1b82f3234c6d2341d703feca37b255f11a13febb0bd3a1";
    // printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'esimgo-test-key-0123' -binary | base64
    private static final String BASE64 = "lN0sdqiOCze/G4LzI0xtI0HXA/7KN7JV8RoT/rsL06E=";

    @Test
    void a_signature_computed_with_openssl_verifies_in_hex_and_in_base64() {
        assertThat(EsimGoSignature.verifies(BODY, HEX, KEY)).isTrue();
        assertThat(EsimGoSignature.verifies(BODY, HEX.toUpperCase(), KEY)).isTrue();
        assertThat(EsimGoSignature.verifies(BODY, BASE64, KEY)).isTrue();
    }

    @Test
    void another_key_a_changed_body_or_no_signature_does_not_verify() {
        assertThat(EsimGoSignature.verifies(BODY, HEX, Secret.of("esimgo-test-key-0124"))).isFalse();
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("500000000", "900000000")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(EsimGoSignature.verifies(changed, BASE64, KEY)).isFalse();
        assertThat(EsimGoSignature.verifies(BODY, null, KEY)).isFalse();
        assertThat(EsimGoSignature.verifies(BODY, "not a signature!", KEY)).isFalse();
        assertThat(EsimGoSignature.verifies(BODY, HEX.substring(2), KEY)).isFalse();
    }
}
