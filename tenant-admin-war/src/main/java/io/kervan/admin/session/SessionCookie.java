package io.kervan.admin.session;

import io.kervan.admin.AdminPanel;
import io.kervan.identity.application.AccessToken;
import io.kervan.webkit.http.Cookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a signed-in member's staff token lives: an HttpOnly cookie for {@code /admin} only (the storefront on the same
 * host never receives it), SameSite=Lax, host-only, and over HTTPS Secure with the {@code __Secure-} prefix
 * ({@code __Host-} would need {@code Path=/}). It lasts as long as the token, so the browser drops it when the token
 * expires. What it holds is trusted only once {@code StaffSessions} has checked it.
 */
public final class SessionCookie {

    static final String NAME = "admin_token";

    private SessionCookie() {
    }

    public static Optional<String> read(HttpServletRequest request) {
        return Cookies.read(request, NAME, AdminPanel.BASE);
    }

    static void keep(HttpServletRequest request, HttpServletResponse response, AccessToken token) {
        Cookies.write(request, response, NAME, token.accessToken(), Duration.ofSeconds(token.expiresIn()),
                AdminPanel.BASE);
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        Cookies.clear(request, response, NAME, AdminPanel.BASE);
    }
}
