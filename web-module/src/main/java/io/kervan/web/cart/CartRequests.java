package io.kervan.web.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Bodies of the cart endpoints; {@code cart_id} is the anonymous cart the client keeps (absent for a new cart). */
public final class CartRequests {

    private CartRequests() {
    }

    public record AddItem(UUID cartId,
                          @NotNull(message = "product_id is required") UUID productId,
                          @NotNull(message = "quantity is required")
                          @Min(value = 1, message = "quantity must be at least 1")
                          @Max(value = 1000, message = "quantity is at most 1000") Integer quantity) {
    }

    public record UpdateItem(UUID cartId,
                             @NotNull(message = "product_id is required") UUID productId,
                             @NotNull(message = "quantity is required")
                             @Min(value = 0, message = "quantity must be 0 (to remove) or more")
                             @Max(value = 1000, message = "quantity is at most 1000") Integer quantity) {
    }

    public record RemoveItem(UUID cartId, @NotNull(message = "product_id is required") UUID productId) {
    }

    public record ApplyCoupon(UUID cartId,
                              @NotBlank(message = "coupon_code is required")
                              @Size(max = 40, message = "coupon_code is at most 40 characters") String couponCode) {
    }
}
