package io.kervan.shared.domain;

import java.util.regex.Pattern;

/** Which page of a listing to return; sizes are capped so no request can ask for the whole table. */
public record PageRequest(int page, int pageSize) {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("page", "page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page_size", "page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** Reads {@code page} and {@code page_size} as a client sent them (absent means first page, 20 items). */
    public static PageRequest parse(String page, String pageSize) {
        return new PageRequest(wholeNumber("page", page, 1), wholeNumber("page_size", pageSize, 20));
    }

    private static int wholeNumber(String field, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        if (!WHOLE_NUMBER.matcher(text.strip()).matches()) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
        return Integer.parseInt(text.strip());
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
