package io.kervan.web.storefront.account;

import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /account}: the signed-in customer's account: who they are signed in as, their orders and eSIMs, changing the
 * password, signing out; and what the last step did ({@code ?notice=password_changed}). Nobody signed in is sent to
 * sign in first.
 */
@WebServlet(AccountPage.PATH)
public class AccountPage extends HttpServlet {

    public static final String PATH = "/account";

    /** The page's model: {@code email} null for a customer who signs in with Telegram only. */
    public record View(String email, String notice) {
    }

    @Inject
    CustomerSession session;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CustomerSession.Customer> customer = session.orSignIn(request, response);
        if (customer.isEmpty()) {
            return;
        }
        pages.page(response, 200, "shop/account/account.jte", Meta.personal(visit.texts().text("account.title")),
                Chrome.Section.ACCOUNT, new View(customer.get().email(), Notices.notice(request, visit.texts())));
    }
}
