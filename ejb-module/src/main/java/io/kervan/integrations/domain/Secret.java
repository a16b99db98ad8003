package io.kervan.integrations.domain;

import java.util.Objects;

/**
 * A credential in memory. It never prints itself: {@code toString} shows only its last four characters, so a secret
 * that ends up in a log line, an exception or a response shows as {@code ••••1234}. Only provider adapters call
 * {@link #reveal()}.
 */
public final class Secret {

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

    public String lastFour() {
        return value.length() <= 4 ? "" : value.substring(value.length() - 4);
    }

    public String masked() {
        return "••••" + lastFour();
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && java.security.MessageDigest.isEqual(value.getBytes(), other.value.getBytes());
    }

    @Override
    public int hashCode() {
        return 0; // equal secrets must not be told apart by hash either
    }
}
