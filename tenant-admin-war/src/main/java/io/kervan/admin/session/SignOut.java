package io.kervan.admin.session;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.StaffVisit;
import io.kervan.identity.application.AccountSecurity;
import io.kervan.identity.domain.Realm;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /admin/sign-out}: as the API's sign-out, it ends every token of the member (every device, the API's
 * too), then forgets the cookie.
 */
@WebServlet("/sign-out")
public class SignOut extends HttpServlet {

    @Inject
    AccountSecurity security;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        security.signOut(Realm.STAFF, visit.session().accountId());
        SessionCookie.clear(request, response);
        pages.seeOther(response, AdminPanel.BASE + "/sign-in?done=signed_out");
    }
}
