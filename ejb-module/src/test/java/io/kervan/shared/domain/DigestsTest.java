package io.kervan.shared.domain;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class DigestsTest {

    @Test
    void sha256_of_text_is_the_published_digest() {
        assertThat(Digests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hmac_sha256_matches_rfc_4231_test_case_2() {
        assertThat(HexFormat.of().formatHex(Digests.hmacSha256("Jefe", "what do ya want for nothing?")))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void digests_are_the_same_only_when_every_byte_is() {
        assertThat(Digests.same(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isTrue();
        assertThat(Digests.same(new byte[] {1, 2, 3}, new byte[] {1, 2, 4})).isFalse();
        assertThat(Digests.same(new byte[] {1, 2, 3}, new byte[] {1, 2})).isFalse();
    }
}
