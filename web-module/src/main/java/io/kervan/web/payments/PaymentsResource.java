package io.kervan.web.payments;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.application.PaymentRefunds;
import io.kervan.payments.application.PaymentService;
import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.RefundResult;
import io.kervan.payments.application.RefundView;
import io.kervan.payments.application.ReturnDestination;
import io.kervan.payments.application.StartedPaymentView;
import io.kervan.payments.domain.PaymentStatus;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.web.shared.Caller;
import io.kervan.web.shared.Ids;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Paying orders: start a payment, verify it, come back from the provider's page, list payments. */
@Path("/payments")
@Tag(name = "Payments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    public record Created(boolean success, String message, PaymentView payment, String paymentUrl,
                          String transactionId) {
    }

    public record Verified(boolean success, String message, PaymentView payment) {
    }

    public record PaymentList(boolean success, List<PaymentView> payments) {
    }

    /** How a card can pay a payment: single payment first, then each installment count the provider offers. */
    public record Installments(boolean success, String paymentNumber, String bin,
                               List<io.kervan.payments.application.InstallmentView> options) {
    }

    /** A refund made: this refund's amount, the payment's total refunded and what is left, each on its own. */
    public record Refunded(boolean success, String message, String refundAmount, String totalRefunded,
                           String refundableAmount, String currency, boolean resumed, RefundView refund,
                           PaymentView payment) {

        static Refunded of(RefundResult r) {
            String currency = r.refund().currency();
            String message = (r.refund().status().equals(RefundView.PENDING) ? "İade talebi "
                    + r.refund().refundNumber() + " sağlayıcının onayını bekliyor (karar gelince sonuçlanır): "
                    : r.resumed() ? "Bu ödemenin tamamlanmamış iade talebi " + r.refund().refundNumber()
                    + " tamamlandı (yeni iade başlatılmadı): " : "İade edildi: ") + r.refund().amount() + " "
                    + currency + ". Toplam iade edilen: " + r.payment().refundedAmount() + " " + currency
                    + "; iade edilebilecek kalan: " + r.payment().refundableAmount() + " " + currency + ".";
            return new Refunded(true, message, r.refund().amount(), r.payment().refundedAmount(),
                    r.payment().refundableAmount(), currency, r.resumed(), r.refund(), r.payment());
        }
    }

    @Inject
    PaymentService payments;

    @Inject
    PaymentRefunds refunds;

    @Inject
    Caller caller;

    @POST
    @Path("/create")
    @PermitAll
    public Response create(@NotNull(message = "a JSON body is required") @Valid PaymentRequests.Create request,
                           @jakarta.ws.rs.HeaderParam("Idempotency-Key")
                           @jakarta.validation.constraints.Size(min = 8, max = 200,
                                   message = "Idempotency-Key must be 8 to 200 characters") String idempotencyKey) {
        StartedPaymentView started = payments.create(request.orderId(), provider(request.provider()),
                caller.customerId().orElse(null), caller.isStaff(), idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(new Created(true, "Ödeme oluşturuldu.",
                started.payment(), started.paymentUrl(), started.transactionId())).build();
    }

    @POST
    @Path("/verify")
    @PermitAll
    public Verified verify(@NotNull(message = "a JSON body is required") @Valid PaymentRequests.Verify request) {
        PaymentView payment = payments.verify(provider(request.provider()), request.transactionId());
        boolean completed = payment.status().equals(PaymentStatus.COMPLETED.code());
        return new Verified(completed, completed ? "Ödeme doğrulandı ve tamamlandı."
                : "Ödeme tamamlanmadı: " + payment.status(), payment);
    }

    /**
     * Refunds all of a payment, or {@code amount} of it. The answer names this refund's own amount
     * ({@code refund_amount}), everything refunded on the payment so far ({@code total_refunded}) and what can still
     * be refunded ({@code refundable_amount}). 200 when the refund is made; 202 when the provider took it in for
     * review ({@code refund.status} {@code pending}): it is settled when the provider's decision arrives.
     */
    @POST
    @Path("/{id}/refund")
    @RolesAllowed({"owner", "admin"})
    public Response refund(@PathParam("id") java.util.UUID id, @Valid PaymentRequests.RefundRequest request) {
        RefundResult result = refunds.refund(id, request == null ? null : request.amount(),
                request == null ? null : request.reason(), caller.actor());
        return Response.status(result.refund().status().equals(RefundView.PENDING) ? Response.Status.ACCEPTED
                : Response.Status.OK).entity(Refunded.of(result)).build();
    }

    /** Where providers send the shopper back: Kervan confirms with the provider, then redirects to the shop. */
    @GET
    @Path("/return/{provider}/{payment_number}")
    @PermitAll
    public Response returnedByGet(@PathParam("provider") String provider,
                                  @PathParam("payment_number") String paymentNumber) {
        return redirect(payments.returned(provider(provider), paymentNumber, Map.of()));
    }

    /**
     * Providers that post their result back (a bank's 3-D Secure callback) come here with a form; its fields are
     * handed to the provider's adapter, which trusts none of them without asking the provider server-to-server.
     */
    @POST
    @Path("/return/{provider}/{payment_number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response returnedWithForm(@PathParam("provider") String provider,
                                     @PathParam("payment_number") String paymentNumber,
                                     MultivaluedMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        return redirect(payments.returned(provider(provider), paymentNumber, fields));
    }

    @POST
    @Path("/return/{provider}/{payment_number}")
    @Consumes(MediaType.WILDCARD)
    @PermitAll
    public Response returnedByPost(@PathParam("provider") String provider,
                                   @PathParam("payment_number") String paymentNumber) {
        return redirect(payments.returned(provider(provider), paymentNumber, Map.of()));
    }

    /**
     * The installment options for the card whose number starts with {@code bin} (exactly six digits), for the
     * payment's own amount; anonymous like the card page that asks, and answered only on the payment's shop.
     */
    @GET
    @Path("/{payment_number}/installments")
    @PermitAll
    public Response installments(@PathParam("payment_number") String paymentNumber, @QueryParam("bin") String bin) {
        return Response.ok(new Installments(true, paymentNumber, bin, payments.installments(paymentNumber, bin)))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @RolesAllowed({"customer", "owner", "admin", "staff"})
    public PaymentList list(@QueryParam("order_id") String orderId, @QueryParam("status") String status) {
        PaymentStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = PaymentStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", status + " is not a payment status");
            }
        }
        return new PaymentList(true, payments.list(Ids.parse("order_id", orderId), wanted,
                caller.isStaff() ? null : caller.customerId().orElseThrow()));
    }

    private static Response redirect(ReturnDestination destination) {
        if (destination.url() == null) {
            return Response.ok(new Verified(destination.payment().status().equals("completed"),
                    destination.payment().status(), destination.payment())).build();
        }
        return Response.seeOther(UriBuilder.fromUri(destination.url())
                .queryParam("payment_number", destination.payment().paymentNumber())
                .queryParam("status", destination.payment().status())
                .build()).build();
    }

    static ProviderType provider(String code) {
        try {
            return ProviderType.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("provider", code + " is not a payment provider");
        }
    }
}
