package io.kervan.web.payments;

import io.kervan.payments.application.PaymentRefunds;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where a provider that reviews refunds (PAYNET's {@code succeedUrl}) posts its decision about the refund under way
 * on a payment. The post is unsigned, so its body is not read at all: it only makes Kervan ask the provider, and the
 * provider's own answer settles the refund. Answers 200 with the refund's state ({@code pending} while undecided).
 */
@Path("/payments/refund-outcome/{provider}/{transaction_id}")
@Tag(name = "Payments")
public class RefundOutcomeResource {

    public record Reviewed(boolean success, String status) {
    }

    @Inject
    PaymentRefunds refunds;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Reviewed reviewed(@PathParam("provider") String provider,
                             @PathParam("transaction_id") String transactionId) {
        return new Reviewed(true, refunds.reviewed(PaymentsResource.provider(provider), transactionId));
    }
}
