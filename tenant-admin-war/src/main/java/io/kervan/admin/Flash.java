package io.kervan.admin;

import io.kervan.webkit.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * What a page says after a form posted to it redirected back (post, redirect, get): the address carries a code
 * ({@code ?done=shipped}, {@code ?problem=illegal_status_change}) and the page shows that code's text. Only the
 * panel's own texts are ever shown (a problem without one says that nothing was changed), so nobody can make a page
 * say what they like with a link.
 */
public record Flash(String doneKey, String problemKey) {

    public static Flash of(HttpServletRequest request, Texts texts) {
        String problem = request.getParameter("problem");
        return new Flash(key("done.", request.getParameter("done"), texts),
                problem == null ? null : Optional.ofNullable(key("problem.", problem, texts)).orElse("problem.generic"));
    }

    /** Nothing to say (a page shown again after a refused form). */
    public static Flash none() {
        return new Flash(null, null);
    }

    public static String done(String path, String code) {
        return path + (path.contains("?") ? "&" : "?") + "done=" + code;
    }

    public static String problem(String path, String code) {
        return path + (path.contains("?") ? "&" : "?") + "problem=" + code;
    }

    public boolean isEmpty() {
        return doneKey == null && problemKey == null;
    }

    private static String key(String prefix, String code, Texts texts) {
        if (code == null || !code.matches("[a-z_]{1,40}")) {
            return null;
        }
        return texts.has(prefix + code) ? prefix + code : null;
    }
}
