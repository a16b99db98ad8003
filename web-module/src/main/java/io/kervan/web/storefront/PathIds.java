package io.kervan.web.storefront;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.UUID;

/** Reads the id in a page's address ({@code /products/{id}}); anything else is not an address of the storefront. */
public final class PathIds {

    private PathIds() {
    }

    /** The id that is the whole path after the servlet's prefix. */
    public static Optional<UUID> single(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? Optional.empty() : uuid(info.substring(1));
    }

    public static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
