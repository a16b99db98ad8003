package io.kervan.web.storefront;

import io.kervan.tenancy.domain.TenantRef;
import io.kervan.webkit.http.Cookies;
import io.kervan.webkit.http.Csrf;
import io.kervan.webkit.i18n.Language;
import io.kervan.webkit.render.Frame;
import io.kervan.webkit.render.PageKit;
import io.kervan.webkit.render.PageVisit;
import io.kervan.webkit.render.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One shopper's request to a shop's pages: the shop, the language, the browser session (a random id in a cookie,
 * which form tokens are bound to) and the anonymous cart, read from cookies. {@link StorefrontFilter} opens it.
 */
@RequestScoped
public class Visit extends PageVisit {

    public static final String SESSION = "sid";
    static final String LANGUAGE = "lang";
    static final String CART = "cart";
    static final String CART_COUNT = "cart_n";
    static final String SHIPPING = "ship";
    private static final Duration KEPT = Duration.ofDays(30);

    @Inject
    Storefront storefront;

    @Inject
    Csrf csrf;

    private String sessionId;
    private Frame frame;

    public Visit() {
        super(LANGUAGE, "/", List.of(Language.values()));
    }

    @Override
    protected PageKit kit() {
        return storefront;
    }

    @Override
    protected void open(HttpServletRequest request, HttpServletResponse response, TenantRef shop) {
        super.open(request, response, shop);
        this.sessionId = Cookies.read(request, SESSION).filter(id -> id.length() <= 64).orElse(null);
    }

    /** The session the form tokens of this response belong to; a first visit gets one (and its cookie) here. */
    public String sessionId() {
        if (sessionId == null) {
            sessionId = Cookies.random(24);
            Cookies.write(request, response, SESSION, sessionId, null);
        }
        return sessionId;
    }

    /** Whether this post carries the form token of its own session, sent from this shop's own pages. */
    boolean postIsGenuine() {
        return csrf.accepts(request, request.getParameter(Csrf.FIELD), shop.id(),
                Cookies.read(request, SESSION).orElse(null));
    }

    /** What every template gets; made once the page is about to be written (the language may change before). */
    public Frame frame() {
        if (frame == null || !frame.lang().equals(language.code())) {
            frame = new Frame(texts(), formats(), Theme.of(shop.displayName(), shop.logoUrl(), shop.primaryColor()),
                    csrf.token(shop.id(), sessionId()), nonce, storefront.assets(), request.getRequestURI());
        }
        return frame;
    }

    /** The anonymous cart this browser holds, if any. */
    public Optional<UUID> cartId() {
        return Cookies.read(request, CART).flatMap(PathIds::uuid);
    }

    /** Remembers the cart (and how many items it holds, for the header) after it changed. */
    public void keepCart(UUID cartId, int itemCount) {
        Cookies.write(request, response, CART, cartId.toString(), KEPT);
        Cookies.write(request, response, CART_COUNT, Integer.toString(itemCount), KEPT);
    }

    /** How many items the header says the cart holds, for a cart found without its id (a customer's). */
    public void keepCartCount(int itemCount) {
        Cookies.write(request, response, CART_COUNT, Integer.toString(itemCount), KEPT);
    }

    public void forgetCart() {
        Cookies.clear(request, response, CART);
        Cookies.clear(request, response, CART_COUNT);
    }

    /** How many items the header says the cart holds (a hint kept beside the cart; the cart page counts again). */
    public int cartCount() {
        return Cookies.read(request, CART_COUNT).filter(n -> n.matches("\\d{1,5}")).map(Integer::parseInt).orElse(0);
    }

    /** Another of this shop's cookies (see {@link Cookies}: HttpOnly, Lax, {@code __Host-} over HTTPS). */
    public Optional<String> cookie(String name) {
        return Cookies.read(request, name);
    }

    /** {@code maxAge} null makes it last until the browser closes. */
    public void keepCookie(String name, String value, Duration maxAge) {
        Cookies.write(request, response, name, value, maxAge);
    }

    public void clearCookie(String name) {
        if (!response.isCommitted()) {
            Cookies.clear(request, response, name);
        }
    }

    /**
     * A new browser session, when who is signed in changes: forms shown before (in another tab, or planted by someone
     * who set this browser's session cookie) no longer carry its token.
     */
    public void renewSession() {
        sessionId = Cookies.random(24);
        Cookies.write(request, response, SESSION, sessionId, null);
        frame = null;
    }

    public Optional<UUID> shippingMethodId() {
        return Cookies.read(request, SHIPPING).flatMap(PathIds::uuid);
    }

    public void keepShippingMethod(UUID id) {
        Cookies.write(request, response, SHIPPING, id.toString(), KEPT);
    }
}
