package io.kervan.webkit.assets;

import io.kervan.webkit.http.HtmlResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves a WAR's {@link Assets} at {@code /assets/*}: immutable for a year (the name changes with the content), gzipped
 * for browsers that take it. Each WAR maps a subclass that supplies its assets.
 */
public abstract class AssetServlet extends HttpServlet {

    protected abstract Assets assets();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Assets.Asset> found = assets().byVersionedName(path);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        Assets.Asset asset = found.get();
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", asset.etag());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(asset.contentType());
        if (asset.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean gzip = HtmlResponse.acceptsGzip(request);
        byte[] body = gzip ? asset.gzipped() : asset.bytes();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
