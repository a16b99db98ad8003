package io.kervan.admin;

import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.i18n.Texts;
import io.kervan.webkit.render.ErrorPageKit;
import io.kervan.webkit.render.ErrorView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The panel's error pages (see {@link ErrorPageKit}) in the member's language, with one of the panel's own: not
 * allowed, for a role without the permission. A failure's code has its text as {@code problem.*}.
 */
@RequestScoped
public class ErrorPages extends ErrorPageKit {

    @Inject
    AdminPages pages;

    @Inject
    StaffVisit visit;

    public ErrorPages() {
        super("an admin page", "problem.");
    }

    public void forbidden(HttpServletResponse response) throws IOException {
        show(response, new ErrorView(403, "error.403.title", "error.403.body", null));
    }

    @Override
    public void of(HttpServletResponse response, KervanException failure) throws IOException {
        if (failure.errorCode().httpStatus() == 403) {
            forbidden(response);
        } else {
            super.of(response, failure);
        }
    }

    @Override
    protected Texts texts() {
        return visit.texts();
    }

    @Override
    protected void show(HttpServletResponse response, ErrorView error) throws IOException {
        pages.page(response, error.status(), "admin/error.jte", null, error, error.titleKey());
    }
}
