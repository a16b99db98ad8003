package io.kervan.web.cart;

import io.kervan.cart.application.CartKey;
import io.kervan.cart.application.CartService;
import io.kervan.web.shared.Caller;
import io.kervan.web.shared.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The shopper's cart. Anonymous shoppers get a {@code cart_id} on their first add and send it back; signed-in
 * customers always work on their own cart, into which an anonymous cart id they send is merged.
 */
@Path("/cart")
@Tag(name = "Cart")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CartResource {

    private static final String REQUIRED = "a JSON body is required";

    @Inject
    CartService carts;

    @Inject
    Caller caller;

    @GET
    public CartResponse view(@QueryParam("cart_id") String cartId,
                             @QueryParam("shipping_method_id") String shippingMethodId) {
        return CartResponse.of(carts.view(key(Ids.parse("cart_id", cartId)),
                Ids.parse("shipping_method_id", shippingMethodId)));
    }

    @POST
    @Path("/add")
    public CartResponse add(@NotNull(message = REQUIRED) @Valid CartRequests.AddItem request) {
        return CartResponse.of(carts.add(key(request.cartId()), request.productId(), request.quantity()));
    }

    @POST
    @Path("/update")
    public CartResponse update(@NotNull(message = REQUIRED) @Valid CartRequests.UpdateItem request) {
        return CartResponse.of(carts.setQuantity(key(request.cartId()), request.productId(), request.quantity()));
    }

    @POST
    @Path("/remove")
    public CartResponse remove(@NotNull(message = REQUIRED) @Valid CartRequests.RemoveItem request) {
        return CartResponse.of(carts.remove(key(request.cartId()), request.productId()));
    }

    @POST
    @Path("/coupon")
    public CartResponse applyCoupon(@NotNull(message = REQUIRED) @Valid CartRequests.ApplyCoupon request) {
        return CartResponse.of(carts.applyCoupon(key(request.cartId()), request.couponCode()));
    }

    @DELETE
    @Path("/coupon")
    public CartResponse removeCoupon(@QueryParam("cart_id") String cartId) {
        return CartResponse.of(carts.removeCoupon(key(Ids.parse("cart_id", cartId))));
    }

    private CartKey key(UUID cartId) {
        return new CartKey(cartId, caller.customerId().orElse(null));
    }
}
