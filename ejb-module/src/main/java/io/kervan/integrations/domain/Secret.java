package io.kervan.integrations.domain;

import io.kervan.shared.domain.Digests;

import java.util.Objects;

/**
 * A credential in memory. It never prints itself: {@code toString} shows at most its last four characters, so a secret
 * that ends up in a log line, an exception or a response shows as {@code ••••1234}. No secret shows more than a
 * quarter of itself: one shorter than {@value #SHOWS_TAIL_FROM} characters shows only the bullets. Only provider
 * adapters call {@link #reveal()}.
 */
public final class Secret {

    /** The shortest secret whose last four characters may be shown: four are then a quarter of it. */
    public static final int SHOWS_TAIL_FROM = 16;

    private static final String BULLETS = "••••";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    /** What may be shown of the secret beside the bullets: its last four characters, or nothing when it is short. */
    public String lastFour() {
        return value.length() < SHOWS_TAIL_FROM ? "" : value.substring(value.length() - 4);
    }

    public String masked() {
        return masked(lastFour());
    }

    /** The bullets and the tail {@link #lastFour()} kept, for a secret stored sealed. */
    public static String masked(String lastFour) {
        return BULLETS + lastFour;
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && Digests.same(value.getBytes(), other.value.getBytes());
    }

    @Override
    public int hashCode() {
        return 0; // equal secrets must not be told apart by hash either
    }
}
