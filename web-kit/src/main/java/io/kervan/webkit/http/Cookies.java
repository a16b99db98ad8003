package io.kervan.webkit.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Optional;

/**
 * The pages' cookies: HttpOnly, SameSite=Lax, for the whole host. Over HTTPS they are Secure and named with the
 * {@code __Host-} prefix, which browsers accept only from this very host: a sibling shop's subdomain (the same "site"
 * for SameSite) cannot plant one. Over plain HTTP (a developer's machine) the plain name is used.
 */
public final class Cookies {

    private static final String HOST_PREFIX = "__Host-";

    private Cookies() {
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String wanted = nameFor(request, name);
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(wanted) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Sets {@code name}; {@code maxAge} null makes it last until the browser closes. */
    public static void write(HttpServletRequest request, HttpServletResponse response, String name, String value,
                             Duration maxAge) {
        Cookie cookie = new Cookie(nameFor(request, name), value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        if (maxAge != null) {
            cookie.setMaxAge((int) maxAge.toSeconds());
        }
        response.addCookie(cookie);
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
        write(request, response, name, "", Duration.ZERO);
    }

    private static String nameFor(HttpServletRequest request, String name) {
        return request.isSecure() ? HOST_PREFIX + name : name;
    }
}
