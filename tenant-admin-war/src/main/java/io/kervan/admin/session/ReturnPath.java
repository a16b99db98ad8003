package io.kervan.admin.session;

import io.kervan.admin.AdminPanel;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a member goes after signing in: the page they asked for when their session was missing or had ended. Only an
 * address of this panel is followed ({@code /admin/...}, never another host, never the sign-in page itself), so a
 * link cannot send someone elsewhere after they sign in.
 */
public final class ReturnPath {

    private static final int LONGEST = 2000;

    private ReturnPath() {
    }

    /** The sign-in page's address for a request that found no session; {@code ended}: it had one that ended. */
    public static String signInFor(HttpServletRequest request, boolean ended) {
        String next = asked(request);
        String url = AdminPanel.BASE + "/sign-in";
        if (!next.equals(AdminPanel.BASE + "/")) {
            url += "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        return ended ? url + (url.contains("?") ? "&" : "?") + "ended=1" : url;
    }

    /** {@code next} if it is an address of the panel, else the dashboard. */
    public static String safe(String next) {
        if (next == null || next.length() > LONGEST || !next.startsWith(AdminPanel.BASE + "/")
                || next.startsWith(AdminPanel.BASE + "/sign-in") || next.contains("//") || next.contains("\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return AdminPanel.BASE + "/";
        }
        return next;
    }

    /** What the request asked for: the page itself for a GET; for a form post, the page the form was on. */
    private static String asked(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            return safe(request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return AdminPanel.BASE + "/";
        }
        try {
            URI from = URI.create(referer);
            String host = request.getHeader("Host");
            boolean here = host != null && host.equalsIgnoreCase(from.getRawAuthority());
            return here ? safe(from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()))
                    : AdminPanel.BASE + "/";
        } catch (IllegalArgumentException e) {
            return AdminPanel.BASE + "/";
        }
    }
}
