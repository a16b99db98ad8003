package io.kervan.web.shared;

import io.kervan.shared.domain.InvalidInputException;

import java.util.UUID;

/** Ids that arrive as query parameters: absent is null, malformed is a 400 that names the parameter. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be an id such as 3f2b8c1e-…");
        }
    }
}
