package io.kervan.web.cart;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.Instant;

/** A coupon as staff enter it: a percentage or a fixed amount off, with optional minimum, window and limits. */
public record CouponRequest(
        @NotBlank(message = "code is required")
        @Pattern(regexp = "[A-Za-z0-9_-]{3,40}", message = "code is 3 to 40 letters, digits, hyphens or underscores")
        String code,
        @NotNull(message = "kind is required")
        @Pattern(regexp = "percentage|fixed_amount", message = "kind must be percentage or fixed_amount") String kind,
        @DecimalMin(value = "0.01", message = "percentage must be more than 0")
        @DecimalMax(value = "100", message = "percentage is at most 100")
        @Digits(integer = 3, fraction = 2, message = "percentage has at most 2 decimal places") BigDecimal percentage,
        @DecimalMin(value = "0.01", message = "amount must be more than 0")
        @Digits(integer = 9, fraction = 2, message = "amount has at most 9 digits before and 2 after the point")
        BigDecimal amount,
        @Pattern(regexp = "[A-Z]{3}", message = "currency must be an ISO 4217 code such as TRY") String currency,
        @DecimalMin(value = "0.00", message = "min_order_amount must not be negative")
        @Digits(integer = 9, fraction = 2, message = "min_order_amount has at most 2 decimal places")
        BigDecimal minOrderAmount,
        Instant validFrom,
        Instant validUntil,
        @Min(value = 1, message = "max_uses must be at least 1") Integer maxUses,
        @Min(value = 1, message = "max_uses_per_customer must be at least 1") Integer maxUsesPerCustomer,
        Boolean active) {
}
