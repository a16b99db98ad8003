package io.kervan.webkit.http;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The pages' cookies: HttpOnly, SameSite=Lax, host-only (never a Domain attribute). Over HTTPS they are Secure and
 * named with a prefix that browsers enforce: {@code __Host-} for the whole host ({@code Path=/}), which browsers
 * accept only from this very host, so a sibling shop's subdomain (the same "site" for SameSite) cannot plant one;
 * {@code __Secure-} for a cookie scoped to a path such as {@code /admin}, because {@code __Host-} requires
 * {@code Path=/}. Over plain HTTP (a developer's machine) the plain name is used.
 */
public final class Cookies {

    private static final String HOST_PREFIX = "__Host-";
    private static final String SECURE_PREFIX = "__Secure-";
    private static final String WHOLE_HOST = "/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Cookies() {
    }

    /** A fresh random value, URL-safe: a session id for a cookie, or a response's nonce. */
    public static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        return read(request, name, WHOLE_HOST);
    }

    /** A cookie that was set for {@code path}. */
    public static Optional<String> read(HttpServletRequest request, String name, String path) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String wanted = nameFor(request, name, path);
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
        write(request, response, name, value, maxAge, WHOLE_HOST);
    }

    /** Sets {@code name} for {@code path} and the addresses below it only. */
    public static void write(HttpServletRequest request, HttpServletResponse response, String name, String value,
                             Duration maxAge, String path) {
        Cookie cookie = new Cookie(nameFor(request, name, path), value);
        cookie.setPath(path);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        if (maxAge != null) {
            cookie.setMaxAge((int) maxAge.toSeconds());
        }
        response.addCookie(cookie);
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
        clear(request, response, name, WHOLE_HOST);
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response, String name, String path) {
        write(request, response, name, "", Duration.ZERO, path);
    }

    private static String nameFor(HttpServletRequest request, String name, String path) {
        if (!request.isSecure()) {
            return name;
        }
        return (WHOLE_HOST.equals(path) ? HOST_PREFIX : SECURE_PREFIX) + name;
    }
}
