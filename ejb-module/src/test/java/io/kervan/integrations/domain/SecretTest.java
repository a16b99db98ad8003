package io.kervan.integrations.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {

    @Test
    void a_secret_prints_only_its_last_four_characters() {
        Secret secret = Secret.of("sk_live_51Habcdefgh1234");
        assertThat(secret.toString()).isEqualTo("••••1234");
        assertThat(String.valueOf(secret)).doesNotContain("sk_live");
        assertThat("key=" + secret).isEqualTo("key=••••1234");
        assertThat(secret.reveal()).isEqualTo("sk_live_51Habcdefgh1234");
    }

    @Test
    void a_short_secret_shows_nothing_of_itself() {
        assertThat(Secret.of("abcd").toString()).isEqualTo("••••");
    }
}
