package io.kervan.integrations.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {

    private static final String BULLETS = "••••";

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
        assertThat(Secret.of("api123").toString()).isEqualTo("••••");
        assertThat(Secret.of("api123").lastFour()).isEmpty();
    }

    @Test
    void no_secret_of_any_length_shows_more_than_a_quarter_of_itself() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn";
        for (int length = 1; length <= 40; length++) {
            String value = alphabet.substring(0, length);
            Secret secret = Secret.of(value);
            String shown = secret.masked();

            assertThat(shown).as("length %d", length).startsWith(BULLETS);
            String tail = shown.substring(BULLETS.length());
            assertThat(tail.length() * 4).as("characters shown of %d", length).isLessThanOrEqualTo(length);
            assertThat(value).endsWith(tail);
            assertThat(secret.toString()).isEqualTo(shown);
            assertThat(Secret.masked(secret.lastFour())).isEqualTo(shown);
        }
    }

    @Test
    void a_secret_long_enough_shows_its_last_four() {
        assertThat(Secret.of("0123456789abcdef").masked()).isEqualTo("••••cdef");
        assertThat(Secret.of("0123456789abcde").masked()).isEqualTo("••••");
    }
}
