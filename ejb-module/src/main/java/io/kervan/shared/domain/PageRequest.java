package io.kervan.shared.domain;

/** Which page of a listing to return; sizes are capped so no request can ask for the whole table. */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new InvalidInputException("page", "page must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidInputException("page_size", "page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
