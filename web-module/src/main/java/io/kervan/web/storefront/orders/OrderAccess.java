package io.kervan.web.storefront.orders;

import io.kervan.orders.application.OrderLinks;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.storefront.PathIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;

/**
 * Who may see and pay an order on the storefront: whoever holds its signed link ({@code /orders/{id}/…?key=…}), which
 * only its buyer was given (after checkout, in the order mail, back from the payment page). Without the right key the
 * order is not found, as another shop's would be. The services are then asked as for a holder of the order's id.
 */
@ApplicationScoped
public class OrderAccess {

    @Inject
    OrderLinks links;

    /** The order the path names, if the request holds its key; otherwise the 404 page. */
    public UUID open(HttpServletRequest request) {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        UUID id = parts.length >= 2 ? PathIds.uuid(parts[1]).orElse(null) : null;
        if (id == null || !links.opens(id, request.getParameter("key"))) {
            throw new KervanException(CommonError.NOT_FOUND, "No such order");
        }
        return id;
    }

    public String pagePath(UUID orderId) {
        return links.orderPath(orderId);
    }

    public String payPath(UUID orderId) {
        return "/orders/" + orderId + "/pay?key=" + links.key(orderId);
    }

    public String key(UUID orderId) {
        return links.key(orderId);
    }
}
