package io.kervan.web.identity;

import io.kervan.cart.application.CartService;
import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AccountSecurity;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.application.NewCustomer;
import io.kervan.identity.application.PasswordResets;
import io.kervan.identity.application.TelegramSignIn;
import io.kervan.identity.domain.Realm;
import io.kervan.web.shared.Caller;
import io.kervan.web.shared.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/**
 * Customers of a shop register, sign in and out, and change or reset their password on the shop's subdomain. Signing
 * out, a password change and a reset end every token the customer holds, on every device.
 */
@Path("/auth")
@Tag(name = "Customer accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CustomerAuthResource {

    private static final String REQUIRED = "a JSON body is required";

    @Inject
    AuthenticationService authentication;

    @Inject
    TelegramSignIn telegram;

    @Inject
    AccountSecurity security;

    @Inject
    PasswordResets resets;

    @Inject
    CartService carts;

    @Inject
    Caller caller;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/register")
    public Response register(@NotNull(message = REQUIRED) @Valid RegisterRequest request) {
        AccessToken token = authentication.registerCustomer(new NewCustomer(request.email(), request.password(),
                request.firstName(), request.lastName(), request.phone()));
        return Response.status(Response.Status.CREATED).entity(token).build();
    }

    /** Signs in; an anonymous {@code cart_id} sent along is merged into the customer's cart. */
    @POST
    @Path("/login")
    public AccessToken signIn(@NotNull(message = REQUIRED) @Valid CustomerSignInRequest request) {
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
            @NotNull(message = REQUIRED)
            @Size(max = 30, message = "a Telegram login has at most 30 fields") Map<String, Object> widgetData,
            @QueryParam("cart_id") String cartId) {
        UUID cart = Ids.parse("cart_id", cartId);
        AccessToken token = telegram.signIn(TelegramWidgetData.asText(widgetData), caller.customerId().orElse(null),
                ClientAddress.of(http));
        return withCart(token, cart);
    }

    /** Ends every token of the customer, this one included. */
    @POST
    @Path("/logout")
    @RolesAllowed(AuthenticationService.CUSTOMER_ROLE)
    @SecurityRequirement(name = "jwt")
    public Response signOut() {
        security.signOut(Realm.CUSTOMER, caller.customerId().orElseThrow());
        return Response.noContent().build();
    }

    /** Sets a new password; every other token of the customer ends, and a fresh one comes back. */
    @POST
    @Path("/password")
    @RolesAllowed(AuthenticationService.CUSTOMER_ROLE)
    @SecurityRequirement(name = "jwt")
    public AccessToken changePassword(@NotNull(message = REQUIRED) @Valid PasswordChangeRequest request) {
        return security.changePassword(Realm.CUSTOMER, caller.customerId().orElseThrow(), request.currentPassword(),
                request.newPassword(), ClientAddress.of(http));
    }

    /** Mails a reset link if a customer of this shop has the address; the answer is the same either way. */
    @POST
    @Path("/password-reset")
    public Response requestPasswordReset(@NotNull(message = REQUIRED) @Valid PasswordResetRequest request) {
        resets.request(Realm.CUSTOMER, request.email(), ClientAddress.of(http));
        return Response.accepted(ResetRequested.ANSWER).build();
    }

    @POST
    @Path("/password-reset/confirm")
    public AccessToken confirmPasswordReset(
            @NotNull(message = REQUIRED) @Valid PasswordResetConfirmation request) {
        return resets.confirm(Realm.CUSTOMER, request.token(), request.newPassword());
    }

    private AccessToken withCart(AccessToken token, UUID cartId) {
        if (cartId != null) {
            carts.mergeIntoCustomer(cartId, token.account().id());
        }
        return token;
    }
}
