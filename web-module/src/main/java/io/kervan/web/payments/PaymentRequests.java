package io.kervan.web.payments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Bodies of the payment endpoints, as in the payment-flow document. There is no amount: it comes from the order. */
public final class PaymentRequests {

    private static final String PROVIDERS = "stripe|kuveyt|sandbox|iyzico|paynet";
    private static final String PROVIDERS_MESSAGE = "provider must be one of stripe, kuveyt, sandbox, iyzico, paynet";

    private PaymentRequests() {
    }

    public record Create(@NotNull(message = "order_id is required") UUID orderId,
                         @NotNull(message = "provider is required")
                         @Pattern(regexp = PROVIDERS, message = PROVIDERS_MESSAGE) String provider,
                         @Valid CustomerInfo customerInfo) {
    }

    public record CustomerInfo(@Email(message = "customer_info.email must be an email address")
                               @Size(max = 254, message = "customer_info.email is at most 254 characters") String email,
                               @Size(max = 160, message = "customer_info.name is at most 160 characters") String name,
                               @Pattern(regexp = "\\+[1-9][0-9]{6,14}",
                                       message = "customer_info.phone must be in international form") String phone) {
    }

    public record RefundRequest(
            @jakarta.validation.constraints.DecimalMin(value = "0.01", message = "amount must be more than 0")
            @jakarta.validation.constraints.Digits(integer = 9, fraction = 2,
                    message = "amount has at most 9 digits before and 2 after the point") java.math.BigDecimal amount,
            @Size(max = 200, message = "reason is at most 200 characters") String reason) {
    }

    public record Verify(@NotBlank(message = "transaction_id is required")
                         @Size(max = 200, message = "transaction_id is at most 200 characters") String transactionId,
                         @NotNull(message = "provider is required")
                         @Pattern(regexp = PROVIDERS, message = PROVIDERS_MESSAGE) String provider) {
    }
}
