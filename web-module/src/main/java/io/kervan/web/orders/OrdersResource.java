package io.kervan.web.orders;

import io.kervan.orders.application.OrderManagement;
import io.kervan.orders.application.OrderPlacement;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.PlacedOrder;
import io.kervan.orders.domain.OrderFilter;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.orders.application.OrderViews;
import io.kervan.web.shared.Caller;
import io.kervan.web.shared.DisplayLocale;
import io.kervan.web.shared.Pagination;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Orders: shoppers place them (as guests or signed in) and read their own; staff list, read and move the shop's.
 */
@Path("/orders")
@Tag(name = "Orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    private static final Map<String, String> PLACED_MESSAGE = Map.of(
            "tr", "Sipariş oluşturuldu.", "en", "Order created.", "ru", "Заказ создан.");

    @Inject
    OrderPlacement placement;

    @Inject
    OrderQueries queries;

    @Inject
    OrderManagement management;

    @Inject
    Caller caller;

    @Inject
    DisplayLocale displayLocale;

    @Context
    HttpHeaders headers;

    @POST
    @PermitAll
    public Response place(@NotNull(message = "a JSON body is required") @Valid PlaceOrderRequest request,
                          @HeaderParam("Idempotency-Key") @Size(min = 8, max = 200,
                                  message = "Idempotency-Key must be 8 to 200 characters") String idempotencyKey) {
        UUID customerId = caller.customerId().orElse(null);
        Locale locale = displayLocale.of(headers);
        PlacedOrder placed = placement.place(request.toPlaceOrder(customerId), idempotencyKey, locale);
        return Response.status(Response.Status.CREATED)
                .header("Idempotent-Replayed", placed.replayed() ? "true" : null)
                .entity(new OrderResponses.Placed(true, PLACED_MESSAGE.get(locale.getLanguage()), placed.order()))
                .build();
    }

    @GET
    @RolesAllowed({"customer", "owner", "admin", "staff"})
    public OrderResponses.Listing list(@QueryParam("status") String status,
                                       @QueryParam("payment_status") String paymentStatus,
                                       @QueryParam("customer_email") String customerEmail,
                                       @QueryParam("order_number") String orderNumber,
                                       @QueryParam("created_from") String createdFrom,
                                       @QueryParam("created_to") String createdTo,
                                       @QueryParam("sort") String sort,
                                       @QueryParam("page") String page,
                                       @QueryParam("page_size") String pageSize) {
        PageRequest paging = PageRequest.parse(page, pageSize);
        Locale locale = displayLocale.of(headers);
        Page<OrderViews.Summary> result = caller.isStaff()
                ? queries.listForStaff(new OrderFilter(parse("status", status, OrderStatus.class),
                        parse("payment_status", paymentStatus, PaymentStatus.class), customerEmail, orderNumber,
                        instant("created_from", createdFrom), instant("created_to", createdTo), null,
                        parse("sort", sort, OrderFilter.Sort.class)), paging, locale)
                : queries.listForCustomer(caller.customerId().orElseThrow(), paging, locale);
        return new OrderResponses.Listing(true, result.items(), Pagination.of(result));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"customer", "owner", "admin", "staff"})
    public OrderResponses.One show(@PathParam("id") UUID id) {
        Locale locale = displayLocale.of(headers);
        return new OrderResponses.One(true, caller.isStaff()
                ? queries.detailForStaff(id, locale)
                : queries.detailForCustomer(id, caller.customerId().orElseThrow(), locale));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"owner", "admin", "staff"})
    public OrderResponses.One change(@PathParam("id") UUID id,
                                     @NotNull(message = "a JSON body is required") @Valid ChangeOrderRequest request) {
        if (request.status() == null && request.trackingNumber() == null) {
            throw new InvalidInputException("status", "send a status, a tracking_number, or both");
        }
        return new OrderResponses.One(true, management.change(id,
                request.status() == null ? null : OrderStatus.fromCode(request.status()), request.trackingNumber(),
                request.carrier(), request.note(), caller.actor(), displayLocale.of(headers)));
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, value + " is not a valid " + field);
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date (2026-11-23) or an instant (2026-11-23T10:00:00Z)");
        }
    }
}
