package io.kervan.web.storefront.orders;

import io.kervan.orders.application.OrderTracking;
import io.kervan.orders.application.OrderViews;
import io.kervan.orders.domain.OrderError;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.web.shared.RateLimiter;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Public order tracking: {@code /track} (a form asking for the order number) and {@code /track/{order_number}}: the
 * status, a timeline, the carrier and tracking number, never who ordered or where it goes. Limited per address like
 * the API's tracking ({@code kervan.tracking.requests-per-minute}); over the limit is a friendly 429 page.
 */
@WebServlet({"/track", "/track/*"})
public class TrackingPage extends HttpServlet {

    private static final int MAX_NUMBER = 80;

    /** The page's model: {@code order} null for the form alone; {@code notFound} when the number matched nothing. */
    public record View(String number, OrderViews.Tracking order, boolean notFound, Timeline timeline) {
    }

    @Inject
    OrderTracking tracking;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    @ConfigProperty(name = "kervan.tracking.requests-per-minute", defaultValue = "60")
    int perMinute;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    ShopAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String asked = request.getPathInfo() == null || request.getPathInfo().length() <= 1 ? null
                : request.getPathInfo().substring(1);
        String typed = request.getParameter("number");
        if (asked == null && typed != null && !typed.isBlank()) {
            String number = typed.strip().toUpperCase(Locale.ROOT);
            pages.seeOther(response, "/track/" + URLEncoder.encode(number.length() > MAX_NUMBER
                    ? number.substring(0, MAX_NUMBER) : number, StandardCharsets.UTF_8));
            return;
        }
        if (asked == null) {
            show(response, 200, new View("", null, false, null), true);
            return;
        }
        rateLimiter.check("tracking", request.getRemoteAddr(), perMinute,
                "Too many tracking requests from your address; try again shortly");
        try {
            OrderViews.Tracking order = tracking.track(asked, visit.language().locale());
            show(response, 200, new View(asked, order, false, Timeline.of(order)), false);
        } catch (KervanException e) {
            if (e.errorCode() != OrderError.ORDER_NOT_FOUND) {
                throw e;
            }
            show(response, 404, new View(asked.length() > MAX_NUMBER ? asked.substring(0, MAX_NUMBER) : asked,
                    null, true, null), false);
        }
    }

    private void show(HttpServletResponse response, int status, View view, boolean form) throws IOException {
        String title = view.order() == null ? visit.texts().text("track.title")
                : visit.texts().text("track.title.order", view.order().orderNumber());
        Meta meta = form ? Meta.indexed(title, visit.texts().text("track.description", visit.shop().displayName()),
                address.link("/track")) : Meta.personal(title);
        pages.page(response, status, "shop/track.jte", meta, Chrome.Section.TRACK, view);
    }
}
