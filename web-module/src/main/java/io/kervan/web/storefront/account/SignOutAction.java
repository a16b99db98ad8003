package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccountSecurity;
import io.kervan.identity.domain.Realm;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /account/sign-out}: ends every token of the customer, on every device, as {@code POST /api/auth/logout/}
 * does; this browser forgets the token and the cart (which stays with the account for the next sign-in).
 */
@WebServlet("/account/sign-out")
public class SignOutAction extends HttpServlet {

    @Inject
    AccountSecurity security;

    @Inject
    CustomerSession session;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        pages.seeOther(response, AccountPage.PATH);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        session.customerId().ifPresent(id -> security.signOut(Realm.CUSTOMER, id));
        session.end();
        visit.forgetCart();
        pages.seeOther(response, Notices.withNotice(SignInPage.PATH, "signed_out"));
    }
}
