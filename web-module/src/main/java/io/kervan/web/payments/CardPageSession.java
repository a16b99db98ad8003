package io.kervan.web.payments;

import io.kervan.identity.application.TokenVerifier;
import io.kervan.identity.application.VerifiedToken;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.web.storefront.Visit;
import io.kervan.web.storefront.account.CustomerSession;
import io.kervan.webkit.http.Cookies;
import io.kervan.webkit.http.Csrf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is signed in on the browser that opened the card page, read as the storefront reads it: the customer token in
 * its HttpOnly cookie, counted only when the API would take it for this shop ({@link TokenVerifier#verifyHere}). The
 * card page lives under {@code /api}, outside the storefront's door, so it checks its own form token: the storefront's
 * ({@link Csrf}, bound to the browser session cookie and the shop), on every post that saves or uses a saved card.
 */
@ApplicationScoped
public class CardPageSession {

    @Inject
    TokenVerifier verifier;

    @Inject
    Csrf csrf;

    @Inject
    TenantContext tenantContext;

    /** The signed-in customer, or empty for a guest (or a token that no longer counts). */
    public Optional<UUID> customer(HttpServletRequest request) {
        return Cookies.read(request, CustomerSession.COOKIE).flatMap(verifier::verifyHere)
                .filter(VerifiedToken::isCustomers).map(VerifiedToken::subject);
    }

    /** The form token for this browser session; a browser without a session cookie gets one here. */
    public String formToken(HttpServletRequest request, HttpServletResponse response) {
        String session = Cookies.read(request, Visit.SESSION).filter(id -> id.length() <= 64).orElse(null);
        if (session == null) {
            session = Cookies.random(24);
            Cookies.write(request, response, Visit.SESSION, session, null);
        }
        return csrf.token(tenantContext.require().id(), session);
    }

    /** Whether this post carries its own session's form token and comes from this shop's own pages. */
    public boolean postIsGenuine(HttpServletRequest request, String token) {
        return csrf.accepts(request, token, tenantContext.require().id(),
                Cookies.read(request, Visit.SESSION).orElse(null));
    }
}
