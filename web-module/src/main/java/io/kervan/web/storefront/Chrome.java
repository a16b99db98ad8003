package io.kervan.web.storefront;

import io.kervan.web.storefront.account.SignInPage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The storefront's frame around every page: which section of the navigation is current, how many items the header
 * says the cart holds, and whether a customer is signed in (the header links to their account, or to signing in and
 * back to this page).
 */
public record Chrome(Section section, int cartCount, boolean signedIn, String path) {

    /** The navigation's sections; {@code NONE} for pages outside them. */
    public enum Section {
        HOME, PRODUCTS, ESIM, CART, TRACK, ACCOUNT, NONE
    }

    public boolean current(Section candidate) {
        return section == candidate;
    }

    /** Where "sign in" leads: the sign-in page, which sends the customer back here afterwards. */
    public String signInHref() {
        if (path == null || path.equals("/") || path.startsWith("/account")) {
            return SignInPage.PATH;
        }
        return SignInPage.PATH + "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
