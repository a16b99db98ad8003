package io.kervan.identity.domain;

import io.kervan.shared.domain.KervanException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashTest {

    private static final int FAST_FOR_TESTS = 1_000;

    @Test
    void a_hash_matches_its_password_only() {
        String hash = PasswordHash.create("correct horse battery", FAST_FOR_TESTS);
        assertThat(PasswordHash.matches("correct horse battery", hash)).isTrue();
        assertThat(PasswordHash.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time_and_never_contains_it() {
        String first = PasswordHash.create("correct horse battery", FAST_FOR_TESTS);
        String second = PasswordHash.create("correct horse battery", FAST_FOR_TESTS);
        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha512$1000$").doesNotContain("horse");
    }

    @Test
    void a_hash_made_with_another_cost_still_verifies() {
        String old = PasswordHash.create("correct horse battery", 500);
        assertThat(PasswordHash.matches("correct horse battery", old)).isTrue();
    }

    @Test
    void short_long_and_blank_passwords_are_refused() {
        assertThatThrownBy(() -> PasswordHash.create("short", FAST_FOR_TESTS)).isInstanceOf(KervanException.class);
        assertThatThrownBy(() -> PasswordHash.create(" ".repeat(12), FAST_FOR_TESTS)).isInstanceOf(KervanException.class);
        assertThatThrownBy(() -> PasswordHash.create("x".repeat(129), FAST_FOR_TESTS)).isInstanceOf(KervanException.class);
    }

    @Test
    void garbage_in_the_store_never_matches() {
        assertThat(PasswordHash.matches("anything-at-all", "plain-text-password")).isFalse();
        assertThat(PasswordHash.matches(null, PasswordHash.create("correct horse battery", FAST_FOR_TESTS))).isFalse();
    }
}
