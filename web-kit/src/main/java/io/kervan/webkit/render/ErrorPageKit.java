package io.kervan.webkit.render;

import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TooManyRequestsException;
import io.kervan.webkit.i18n.Texts;
import jakarta.ejb.EJBException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A WAR's error pages, in its look and the visitor's language: not found, a refused form (no valid token), too many
 * requests, an expected failure by its code (a text of its own where the WAR has one), and anything unexpected (500
 * with a correlation id; the stack only in the server log). Each WAR's request-scoped subclass draws the page.
 */
public abstract class ErrorPageKit {

    private static final Logger LOG = Logger.getLogger(ErrorPageKit.class.getName());

    private final String where;
    private final String codeTextPrefix;

    /**
     * @param where          the pages, as the server log names them ("a storefront page")
     * @param codeTextPrefix the WAR's texts for an error code, such as {@code error.code.} for {@code error.code.X}
     */
    protected ErrorPageKit(String where, String codeTextPrefix) {
        this.where = where;
        this.codeTextPrefix = codeTextPrefix;
    }

    /** Writes the error page in the WAR's own frame. */
    protected abstract void show(HttpServletResponse response, ErrorView error) throws IOException;

    /** The visitor's texts, to know whether an error code has its own. */
    protected abstract Texts texts();

    public void notFound(HttpServletResponse response) throws IOException {
        show(response, new ErrorView(404, "error.404.title", "error.404.body", null));
    }

    public void formRefused(HttpServletResponse response) throws IOException {
        show(response, new ErrorView(403, "error.csrf.title", "error.csrf.body", null));
    }

    /** An expected failure that reached no page of its own. */
    public void of(HttpServletResponse response, KervanException failure) throws IOException {
        int status = failure.errorCode().httpStatus();
        if (failure instanceof TooManyRequestsException limited) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
            show(response, new ErrorView(429, "error.429.title", "error.429.body", null));
        } else if (status == 404) {
            notFound(response);
        } else {
            String key = codeTextPrefix + failure.errorCode().code();
            show(response, new ErrorView(status, "error.4xx.title", texts().has(key) ? key : "error.4xx.body",
                    null));
        }
    }

    public void unexpected(HttpServletResponse response, Throwable failure) throws IOException {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure on " + where + ", correlation id " + correlationId, failure);
        if (!response.isCommitted()) {
            response.reset();
            show(response, new ErrorView(500, "error.500.title", "error.500.body", correlationId));
        }
    }

    /** What escaped a page (a servlet filter catches it): an expected failure's page, else the 500 page. */
    public void failed(HttpServletResponse response, Throwable escaped) throws IOException {
        Throwable cause = cause(escaped);
        if (cause instanceof KervanException expected && !response.isCommitted()) {
            of(response, expected);
        } else {
            unexpected(response, cause);
        }
    }

    /** The failure itself, out of the servlet and EJB exceptions that carry it. */
    public static Throwable cause(Throwable escaped) {
        Throwable current = escaped;
        while ((current instanceof ServletException || current instanceof EJBException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
