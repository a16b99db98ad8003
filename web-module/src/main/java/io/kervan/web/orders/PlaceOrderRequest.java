package io.kervan.web.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.kervan.orders.application.PlaceOrder;
import io.kervan.orders.domain.ShippingAddress;

import java.util.UUID;

/** {@code POST /api/orders/}, as in the payment-flow document. */
public record PlaceOrderRequest(
        @NotNull(message = "cart_id is required") UUID cartId,
        @NotBlank(message = "customer_email is required")
        @Email(message = "customer_email must be an address such as name@example.com")
        @Size(max = 254, message = "customer_email is at most 254 characters")
        String customerEmail,
        @NotBlank(message = "customer_first_name is required")
        @Size(max = 80, message = "customer_first_name is at most 80 characters")
        String customerFirstName,
        @NotBlank(message = "customer_last_name is required")
        @Size(max = 80, message = "customer_last_name is at most 80 characters")
        String customerLastName,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}",
                message = "customer_phone must be in international form, e.g. +905551234567")
        String customerPhone,
        @Valid Address shippingAddress,
        UUID shippingMethodId) {

    /** The order use case's request, for the customer signed in ({@code null} for a guest). */
    public PlaceOrder toPlaceOrder(UUID customerId) {
        return new PlaceOrder(cartId, customerId, customerEmail, customerFirstName, customerLastName, customerPhone,
                shippingAddress == null ? null : new ShippingAddress(shippingAddress.addressLine1(),
                        shippingAddress.addressLine2(), shippingAddress.city(), shippingAddress.postalCode(),
                        shippingAddress.country()), shippingMethodId);
    }

    public record Address(
            @NotBlank(message = "address_line1 is required")
            @Size(max = 200, message = "address_line1 is at most 200 characters") String addressLine1,
            @Size(max = 200, message = "address_line2 is at most 200 characters") String addressLine2,
            @NotBlank(message = "city is required") @Size(max = 100, message = "city is at most 100 characters")
            String city,
            @NotBlank(message = "postal_code is required")
            @Pattern(regexp = "[A-Za-z0-9 -]{2,20}", message = "postal_code must be 2 to 20 letters, digits or spaces")
            String postalCode,
            @NotBlank(message = "country is required")
            @Pattern(regexp = "[A-Z]{2}", message = "country must be an ISO 3166 code such as TR")
            String country) {
    }
}
