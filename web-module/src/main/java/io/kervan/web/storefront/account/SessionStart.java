package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccessToken;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.cart.BrowserCart;
import io.kervan.webkit.http.LocalPath;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every way of signing in ends with (password, registration, Telegram, a password reset): the token goes into
 * the browser's cookie, the guest cart into the customer's, and the customer on to the page they asked for (a path on
 * this shop only), else {@code fallback}.
 */
@RequestScoped
public class SessionStart {

    @Inject
    CustomerSession session;

    @Inject
    BrowserCart cart;

    @Inject
    Pages pages;

    public void complete(AccessToken token, String next, String fallback, HttpServletResponse response) {
        session.begin(token);
        cart.signedIn(token.account().id());
        pages.seeOther(response, LocalPath.orElse(next, fallback));
    }
}
