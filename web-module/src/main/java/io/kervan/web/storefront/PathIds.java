package io.kervan.web.storefront;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
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

    /**
     * For a servlet that answers both a list and one of its items ({@code /account/orders} and
     * {@code /account/orders/{id}}): empty for the list, the id for an item; any other path is not found ({@code what}
     * says what was asked for).
     */
    public static Optional<UUID> itemOrList(HttpServletRequest request, String what) {
        String info = request.getPathInfo();
        if (info == null || info.isEmpty() || info.equals("/")) {
            return Optional.empty();
        }
        return Optional.of(single(request).orElseThrow(() -> new KervanException(CommonError.NOT_FOUND, what)));
    }

    public static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
