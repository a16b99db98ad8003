package io.kervan.webkit.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Sends a fully rendered page: its length known, gzipped when the browser takes it and it is worth it, never cached
 * by others (it carries the visitor's form token; a caller that set a stricter Cache-Control, such as
 * {@code no-store} for a page with secrets, keeps it), with a Content-Security-Policy that allows only this host's
 * scripts and styles plus the one inline style of this response (its nonce): text a shop or shopper typed can never
 * run.
 */
public final class HtmlResponse {

    private static final int GZIP_FROM_BYTES = 1024;

    private HtmlResponse() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, byte[] html,
                            String nonce) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "private, no-cache");
        }
        response.setHeader("Vary", "Accept-Encoding, HX-Request, Cookie");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src * data:; style-src 'self' 'nonce-"
                + nonce + "'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        byte[] body = html;
        if (html.length >= GZIP_FROM_BYTES && acceptsGzip(request)) {
            body = gzip(html);
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A page with no shop to dress it (the host names none): {@code title}, then the same words in English and in
     * Turkish. The texts are the caller's constants, written as they are.
     */
    public static void sendPlain(HttpServletRequest request, HttpServletResponse response, int status, String title,
                                 String english, String turkish) throws IOException {
        byte[] html = ("<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport "
                + "content=\"width=device-width, initial-scale=1\"><title>" + title + "</title><style nonce=plain>"
                + "main{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}</style>"
                + "<main><h1>" + title + "</h1><p>" + english + "</p><p lang=tr>" + turkish + "</p></main></html>")
                .getBytes(StandardCharsets.UTF_8);
        send(request, response, status, html, "plain");
    }

    /** After a post: the browser goes to {@code location} with a GET, and keeps no copy of this answer. */
    public static void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
    }

    public static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }

    /** Whether the request came from htmx, which wants only the region it swaps. */
    public static boolean fromHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) && request.getHeader("HX-History-Restore-Request") == null;
    }

    /** Whether the client asked for a page rather than data (browsers send text/html first). */
    public static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
