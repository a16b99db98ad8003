package io.kervan.web.orders;

import io.kervan.orders.application.OrderTracking;
import io.kervan.web.shared.DisplayLocale;
import io.kervan.web.shared.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public order tracking by number: status and shipping only, no personal data; rate-limited per client address. One
 * instance serves every request (request data comes in as parameters): this is the most frequent call there is.
 */
@ApplicationScoped
@Path("/orders/track")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TrackingResource {

    @Inject
    OrderTracking tracking;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    @ConfigProperty(name = "kervan.tracking.requests-per-minute", defaultValue = "60")
    int perMinute;

    @Inject
    DisplayLocale displayLocale;

    /** The answer as JSON bytes ({@link TrackedJson}): the document of {@link OrderResponses.Tracked}. */
    @GET
    @Path("/{order_number}")
    @APIResponse(responseCode = "200", description = "Where the order stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrderResponses.Tracked.class)))
    public Response track(@PathParam("order_number") String orderNumber, @Context HttpHeaders headers,
                                        @Context HttpServletRequest http) {
        rateLimiter.check("tracking", http.getRemoteAddr(), perMinute,
                "Too many tracking requests from your address; try again shortly");
        byte[] json = TrackedJson.of(tracking.track(orderNumber, displayLocale.of(headers)));
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
