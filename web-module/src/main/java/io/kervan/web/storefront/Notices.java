package io.kervan.web.storefront;

import io.kervan.webkit.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * What a page says after a post redirected to it (post, redirect, get): the redirect's address carries a code
 * ({@code ?notice=coupon_applied}, {@code ?problem=insufficient_stock}), the page shows that code's text. A code
 * without a text shows nothing, so nobody can make a page say what they like.
 */
public final class Notices {

    private Notices() {
    }

    /** The text key of the problem the address names, or null. */
    public static String problem(HttpServletRequest request, Texts texts) {
        return key("problem.", request.getParameter("problem"), texts);
    }

    public static String notice(HttpServletRequest request, Texts texts) {
        return key("notice.", request.getParameter("notice"), texts);
    }

    /** {@code path} with {@code ?problem=code} (or {@code &}). */
    public static String withProblem(String path, String code) {
        return path + (path.contains("?") ? "&" : "?") + "problem=" + code;
    }

    public static String withNotice(String path, String code) {
        return path + (path.contains("?") ? "&" : "?") + "notice=" + code;
    }

    private static String key(String prefix, String code, Texts texts) {
        if (code == null || !code.matches("[a-z_]{1,40}")) {
            return null;
        }
        String key = prefix + code.toLowerCase(Locale.ROOT);
        return texts.has(key) ? key : null;
    }
}
