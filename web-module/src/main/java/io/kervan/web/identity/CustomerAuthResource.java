package io.kervan.web.identity;

import io.kervan.cart.application.CartService;
import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.application.NewCustomer;
import io.kervan.identity.application.TelegramSignIn;
import io.kervan.web.shared.Caller;
import io.kervan.web.shared.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/** Customers of a shop register and sign in on the shop's subdomain. */
@Path("/auth")
@Tag(name = "Customer accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CustomerAuthResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    TelegramSignIn telegram;

    @Inject
    CartService carts;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/register")
    public Response register(@NotNull(message = "a JSON body is required") @Valid RegisterRequest request) {
        AccessToken token = authentication.registerCustomer(new NewCustomer(request.email(), request.password(),
                request.firstName(), request.lastName(), request.phone()));
        return Response.status(Response.Status.CREATED).entity(token).build();
    }

    /** Signs in; an anonymous {@code cart_id} sent along is merged into the customer's cart. */
    @POST
    @Path("/login")
    public AccessToken signIn(@NotNull(message = "a JSON body is required") @Valid CustomerSignInRequest request) {
        AccessToken token = authentication.signInCustomer(request.email(), request.password(), ClientAddress.of(http));
        return withCart(token, request.cartId());
    }

    /**
     * Signs in with the data of Telegram's login widget, sent exactly as the widget gave it: Telegram's hash covers
     * every field, so any field Telegram adds is accepted and checked too, and Kervan's own {@code cart_id} travels in
     * the query. A first sign-in creates the customer; a customer who sends their token along links Telegram to their
     * account.
     */
    @POST
    @Path("/telegram")
    public AccessToken signInWithTelegram(
            @NotNull(message = "a JSON body is required")
            @Size(max = 30, message = "a Telegram login has at most 30 fields") Map<String, Object> widgetData,
            @QueryParam("cart_id") String cartId) {
        UUID cart = Ids.parse("cart_id", cartId);
        AccessToken token = telegram.signIn(TelegramWidgetData.asText(widgetData), caller.customerId().orElse(null),
                ClientAddress.of(http));
        return withCart(token, cart);
    }

    private AccessToken withCart(AccessToken token, UUID cartId) {
        if (cartId != null) {
            carts.mergeIntoCustomer(cartId, token.account().id());
        }
        return token;
    }
}
