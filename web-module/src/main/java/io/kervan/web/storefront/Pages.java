package io.kervan.web.storefront;

import io.kervan.web.storefront.account.CustomerSession;
import io.kervan.webkit.http.HtmlResponse;
import io.kervan.webkit.render.Meta;
import io.kervan.webkit.render.PageKit;
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
        Chrome chrome = new Chrome(section, visit.cartCount(), session.customer().isPresent(), request.getRequestURI());
        storefront.send(request, response, status, template, PageKit.wholePage(visit.frame(), meta, chrome, page),
                visit.nonce());
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
        storefront.send(request, response, status, template, params, visit.nonce());
    }

    public void seeOther(HttpServletResponse response, String location) {
        HtmlResponse.seeOther(response, location);
    }

    public boolean fromHtmx() {
        return HtmlResponse.fromHtmx(request);
    }
}
