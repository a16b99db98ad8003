package io.kervan.cart.domain;

import io.kervan.shared.domain.ErrorCode;

/** Cart and coupon failures. */
public final class CartError {

    public static final ErrorCode CART_NOT_FOUND = new ErrorCode("cart_not_found", 404, "No such cart");
    public static final ErrorCode CART_EMPTY = new ErrorCode("cart_empty", 422, "The cart is empty");
    public static final ErrorCode PRODUCT_UNAVAILABLE =
            new ErrorCode("product_unavailable", 422, "The product cannot be bought");
    public static final ErrorCode INSUFFICIENT_STOCK =
            new ErrorCode("insufficient_stock", 409, "Not enough stock for that quantity");
    public static final ErrorCode CURRENCY_MISMATCH =
            new ErrorCode("currency_mismatch", 422, "The product is priced in another currency than the cart");
    public static final ErrorCode COUPON_NOT_FOUND = new ErrorCode("coupon_not_found", 404, "No such coupon");
    public static final ErrorCode COUPON_NOT_APPLICABLE =
            new ErrorCode("coupon_not_applicable", 422, "The coupon cannot be used for this cart");
    public static final ErrorCode COUPON_EXHAUSTED =
            new ErrorCode("coupon_exhausted", 409, "The coupon has no uses left");
    public static final ErrorCode COUPON_CODE_TAKEN =
            new ErrorCode("coupon_code_taken", 409, "Another coupon already has this code");
    public static final ErrorCode TOO_MANY_LINES =
            new ErrorCode("too_many_lines", 422, "The cart has too many different products");

    private CartError() {
    }
}
