package io.kervan.web.storefront.account;

import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.TokenVerifier;
import io.kervan.identity.application.VerifiedToken;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is signed in on this browser: the customer token a sign-in page put in an HttpOnly cookie ({@value #COOKIE};
 * {@code __Host-token} over HTTPS, Secure, SameSite=Lax), the very token the API takes as a bearer. It counts only
 * when the API would take it ({@link TokenVerifier#verifyHere}: signed by Kervan, unexpired, for this shop, not ended
 * since) and is a customer's. Any other token in the cookie (expired, ended by signing out or a password change
 * elsewhere, another shop's) is signed out and its cookie cleared.
 */
@RequestScoped
public class CustomerSession {

    /** The signed-in customer; {@code email} is null for one who signs in with Telegram only. */
    public record Customer(UUID id, String email) {
    }

    public static final String COOKIE = "token";

    @Inject
    TokenVerifier verifier;

    @Inject
    Visit visit;

    @Inject
    Pages pages;

    private Optional<Customer> customer;

    public Optional<Customer> customer() {
        if (customer == null) {
            customer = read();
        }
        return customer;
    }

    public Optional<UUID> customerId() {
        return customer().map(Customer::id);
    }

    /**
     * The signed-in customer; when nobody is, the visitor is sent to sign in ({@code 303}), and from there back to the
     * address they asked for.
     */
    public Optional<Customer> orSignIn(HttpServletRequest request, HttpServletResponse response) {
        if (customer().isEmpty()) {
            String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?"
                    + request.getQueryString());
            pages.seeOther(response, SignInPage.PATH + "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8));
        }
        return customer();
    }

    /** Signs this browser in with a token a sign-in service issued; the browser session is renewed. */
    public void begin(AccessToken token) {
        visit.keepCookie(COOKIE, token.accessToken(), Duration.ofSeconds(token.expiresIn()));
        visit.renewSession();
        customer = Optional.of(new Customer(token.account().id(), token.account().email()));
    }

    /** Forgets the token on this browser (the caller has ended it, or it no longer counts). */
    public void end() {
        visit.clearCookie(COOKIE);
        visit.renewSession();
        customer = Optional.empty();
    }

    private Optional<Customer> read() {
        Optional<String> raw = visit.cookie(COOKIE);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Customer> signedIn = verifier.verifyHere(raw.get())
                .filter(VerifiedToken::isCustomers)
                .map(token -> new Customer(token.subject(), token.email()));
        if (signedIn.isEmpty()) {
            visit.clearCookie(COOKIE);
        }
        return signedIn;
    }
}
