package io.kervan.web.storefront;

import io.kervan.webkit.http.LocalPath;
import io.kervan.webkit.i18n.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /lang}: the language switch on every page. The choice is kept in a cookie for a year and wins over the
 * browser's languages and the shop's own; the shopper goes back to the page they were on (a path on this shop only).
 */
@WebServlet("/lang")
public class LanguageSwitch extends HttpServlet {

    @Inject
    Visit visit;

    @Inject
    Pages pages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        Language.of(request.getParameter("lang")).ifPresent(visit::chooseLanguage);
        pages.seeOther(response, LocalPath.orElse(request.getParameter("back"), "/"));
    }
}
