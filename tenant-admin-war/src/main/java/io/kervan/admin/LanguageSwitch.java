package io.kervan.admin;

import io.kervan.admin.session.ReturnPath;
import io.kervan.webkit.i18n.Language;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /admin/lang}: the language switch on every page, Turkish or English. The choice is kept a year in a
 * cookie of the panel's own, apart from the storefront's; the member goes back to the page they were on.
 */
@WebServlet("/lang")
public class LanguageSwitch extends HttpServlet {

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        Language.of(request.getParameter("lang")).ifPresent(visit::chooseLanguage);
        String back = request.getParameter("back");
        pages.seeOther(response, AdminPanel.BASE.equals(back) || (AdminPanel.BASE + "/sign-in").equals(back)
                ? AdminPanel.BASE + "/sign-in" : ReturnPath.safe(back));
    }
}
