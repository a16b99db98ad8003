package io.kervan.web.storefront;

import io.kervan.web.storefront.account.CustomerSession;
import io.kervan.webkit.http.HtmlResponse;
import io.kervan.webkit.render.Meta;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the storefront's answers: a whole page (its template gets {@code f}, the frame; {@code meta}; {@code chrome};
 * {@code page}, its own view model), just the region htmx swaps, or a 303 after a post. A servlet that wants a page
 * kept by no cache at all (a QR code that installs an eSIM) sets {@code Cache-Control: no-store} first.
 */
@RequestScoped
public class Pages {

    @Inject
    Storefront storefront;

    @Inject
    Visit visit;

    @Inject
    HttpServletRequest request;

    @Inject
    CustomerSession session;

    public void page(HttpServletResponse response, int status, String template, Meta meta, Chrome.Section section,
                     Object page) throws IOException {
        Map<String, Object> params = new HashMap<>();
        params.put("f", visit.frame());
        params.put("meta", meta);
        params.put("chrome", new Chrome(section, visit.cartCount(), session.customer().isPresent(),
                request.getRequestURI()));
        params.put("page", page);
        send(response, status, template, params);
    }

    /**
     * A region of a page alone, for htmx: its template gets {@code f}, {@code page} and {@code fragment} (true), so it
     * can add what htmx swaps elsewhere (out of band), such as the header's cart count.
     */
    public void fragment(HttpServletResponse response, int status, String template, Object page) throws IOException {
        Map<String, Object> params = new HashMap<>();
        params.put("f", visit.frame());
        params.put("page", page);
        params.put("fragment", true);
        send(response, status, template, params);
    }

    public void seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
        response.setHeader("Cache-Control", "no-store");
    }

    public boolean fromHtmx() {
        return HtmlResponse.fromHtmx(request);
    }

    private void send(HttpServletResponse response, int status, String template, Map<String, Object> params)
            throws IOException {
        byte[] html = storefront.templates().render(template, params);
        HtmlResponse.send(request, response, status, html, visit.nonce());
    }
}
