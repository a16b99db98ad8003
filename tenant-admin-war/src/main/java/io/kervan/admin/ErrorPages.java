package io.kervan.admin;

import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The panel's error pages in the member's language: not found (any unknown address, another shop's order), not
 * allowed (a role without the permission), a refused form (no valid token), too many requests, an expected failure
 * by its code, and anything unexpected (500 with a correlation id; the stack only in the server log).
 */
@RequestScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    @Inject
    AdminPages pages;

    @Inject
    StaffVisit visit;

    public void notFound(HttpServletResponse response) throws IOException {
        show(response, new ErrorView(404, "error.404.title", "error.404.body", null));
    }

    public void forbidden(HttpServletResponse response) throws IOException {
        show(response, new ErrorView(403, "error.403.title", "error.403.body", null));
    }

    public void formRefused(HttpServletResponse response) throws IOException {
        show(response, new ErrorView(403, "error.csrf.title", "error.csrf.body", null));
    }

    /** An expected failure that no page turned into a message of its own. */
    public void of(HttpServletResponse response, KervanException failure) throws IOException {
        int status = failure.errorCode().httpStatus();
        if (failure instanceof TooManyRequestsException limited) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
            show(response, new ErrorView(429, "error.429.title", "error.429.body", null));
        } else if (status == 404) {
            notFound(response);
        } else if (status == 403) {
            forbidden(response);
        } else {
            String key = "problem." + failure.errorCode().code();
            show(response, new ErrorView(status, "error.4xx.title", visit.texts().has(key) ? key : "error.4xx.body",
                    null));
        }
    }

    public void unexpected(HttpServletResponse response, Throwable failure) throws IOException {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure on an admin page, correlation id " + correlationId, failure);
        if (!response.isCommitted()) {
            response.reset();
            show(response, new ErrorView(500, "error.500.title", "error.500.body", correlationId));
        }
    }

    private void show(HttpServletResponse response, ErrorView error) throws IOException {
        pages.page(response, error.status(), "admin/error.jte", null, error, error.titleKey());
    }
}
