package io.kervan.admin;

import io.kervan.webkit.http.HtmlResponse;
import io.kervan.webkit.render.Meta;
import io.kervan.webkit.render.PageKit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Writes the panel's answers: a whole page, whose template gets {@code f} (the frame), {@code meta}, {@code chrome}
 * ({@link AdminChrome}) and {@code page} (its own view model), or a 303 after a post. Admin pages are never indexed.
 */
@RequestScoped
public class AdminPages {

    @Inject
    AdminPanel panel;

    @Inject
    StaffVisit visit;

    @Inject
    HttpServletRequest request;

    /** {@code titleKey} names the page's title text, filled with {@code titleValues}. */
    public void page(HttpServletResponse response, int status, String template, Section section, Object page,
                     String titleKey, Object... titleValues) throws IOException {
        String title = visit.texts().text(titleKey, titleValues) + " · " + visit.shop().displayName();
        Meta meta = Meta.personal(status == 422 ? visit.texts().text("kit.error.prefix") + title : title);
        AdminChrome chrome = new AdminChrome(section, visit.sections(), visit.session());
        panel.send(request, response, status, template, PageKit.wholePage(visit.frame(), meta, chrome, page),
                visit.nonce());
    }

    /** After a post: the browser goes to {@code location} (an address of the panel) with a GET. */
    public void seeOther(HttpServletResponse response, String location) {
        HtmlResponse.seeOther(response, location);
    }
}
