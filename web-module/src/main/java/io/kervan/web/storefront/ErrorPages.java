package io.kervan.web.storefront;

import io.kervan.webkit.i18n.Texts;
import io.kervan.webkit.render.ErrorPageKit;
import io.kervan.webkit.render.ErrorView;
import io.kervan.webkit.render.Meta;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The storefront's error pages (see {@link ErrorPageKit}), in the shop's look: an unknown address, another shop's
 * product or order, a refused form, too many requests, a failure by its code ({@code error.code.*}), the 500 page.
 */
@RequestScoped
public class ErrorPages extends ErrorPageKit {

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    public ErrorPages() {
        super("a storefront page", "error.code.");
    }

    @Override
    protected Texts texts() {
        return visit.texts();
    }

    @Override
    protected void show(HttpServletResponse response, ErrorView error) throws IOException {
        pages.page(response, error.status(), "shop/error.jte",
                Meta.personal(visit.texts().text(error.titleKey())), Chrome.Section.NONE, error);
    }
}
