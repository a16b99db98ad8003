package io.kervan.admin.catalog;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;

/** Reads the catalog's addresses ({@code /{id}/deactivate}); anything else is the 404 page. */
final class CatalogPaths {

    private CatalogPaths() {
    }

    /** The parts of the address after the servlet's own ({@code ["{id}", "deactivate"]}); none for the bare one. */
    static String[] parts(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return new String[0];
        }
        return info.substring(1).split("/", -1);
    }

    static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static KervanException notFound() {
        return new KervanException(CommonError.NOT_FOUND, "There is nothing at this address");
    }
}
