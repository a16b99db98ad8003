package io.kervan.web.identity;

import io.kervan.cart.application.CartService;
import io.kervan.identity.application.AccessToken;
import io.kervan.identity.application.AuthenticationService;
import io.kervan.identity.application.NewCustomer;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    CartService carts;

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
        if (request.cartId() != null) {
            carts.mergeIntoCustomer(request.cartId(), token.account().id());
        }
        return token;
    }
}
