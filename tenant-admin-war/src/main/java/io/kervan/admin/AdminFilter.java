package io.kervan.admin;

import io.kervan.admin.session.ReturnPath;
import io.kervan.admin.session.SessionCookie;
import io.kervan.identity.application.StaffSessions;
import io.kervan.identity.application.StaffSessions.StaffSession;
import io.kervan.tenancy.domain.TenantRef;
import io.kervan.webkit.ShopDoor;
import io.kervan.webkit.http.HtmlResponse;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The panel's door, for every address under {@code /admin}: the shop from the Host header (the bare domain and
 * unknown shops have no admin: a 404 page), the member from the session cookie (checked like an API token on every
 * request, so a member signed out, deactivated or whose password changed is out at once), sign-in for every page
 * but the few that need nobody (back to the page asked for afterwards), the form token of every post (refused with
 * a page that says so, and nothing runs), and the error pages.
 */
@WebFilter(urlPatterns = "/*")
public class AdminFilter extends HttpFilter {

    /** The pages someone not signed in may open. */
    private static final Set<String> OPEN = Set.of("/sign-in", "/forgot-password", "/reset-password", "/lang");

    @Inject
    ShopDoor door;

    @Inject
    StaffSessions sessions;

    @Inject
    StaffVisit visit;

    @Inject
    ErrorPages errors;

    @Inject
    AdminPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/assets/")) {
            chain.doFilter(request, response);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Optional<TenantRef> shop = door.enter(request.getHeader("Host"));
        if (shop.isEmpty()) {
            noShop(request, response);
            return;
        }
        Optional<String> token = SessionCookie.read(request);
        StaffSession member = token.flatMap(sessions::open).orElse(null);
        visit.open(request, response, shop.get(), member);
        try {
            if (member == null && !OPEN.contains(path)) {
                if (token.isPresent()) {
                    SessionCookie.clear(request, response);
                }
                pages.seeOther(response, ReturnPath.signInFor(request, token.isPresent()));
                return;
            }
            if ("POST".equals(request.getMethod()) && !visit.postIsGenuine()) {
                errors.formRefused(response);
                return;
            }
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            errors.failed(response, e);
        }
    }

    /** No active shop at this host: a plain page, in both languages (there is no shop to take one from). */
    private static void noShop(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HtmlResponse.sendPlain(request, response, 404, "No shop admin here", "A shop's admin panel is at its own "
                + "address, such as https://your-shop.example.com/admin/. Check the address you typed.",
                "Mağaza yönetim paneli mağazanın kendi adresindedir (örneğin https://magazaniz.example.com/admin/). "
                + "Yazdığınız adresi kontrol edin.");
    }
}
