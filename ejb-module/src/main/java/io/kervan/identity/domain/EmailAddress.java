package io.kervan.identity.domain;

import io.kervan.shared.domain.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses are compared case-insensitively, so they are kept trimmed and in lower case. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {
    }

    public static String normalize(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > 254 || !SHAPE.matcher(normalized).matches()) {
            throw new InvalidInputException("email", "email must be an address such as name@example.com");
        }
        return normalized;
    }
}
