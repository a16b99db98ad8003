package io.kervan.web.payments;

import io.kervan.payments.application.InstallmentView;
import io.kervan.payments.application.PaymentService;
import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.StartedPaymentView;
import io.kervan.payments.provider.CardDetails;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.web.shared.DisplayLocale;
import io.kervan.web.storefront.Storefront;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * Kervan's own card page, for providers whose 3-D Secure model takes the card in a server-to-server call (Kuveyt
 * Türk, iyzico's direct 3-D Secure): the shopper types the card here and chooses the installments the card is offered
 * ({@link CardPage}), Kervan passes it to the provider in the same request and writes the bank's 3-D Secure page
 * back. The card is never stored or logged, and neither page may be cached. The page is in the shopper's
 * language; it answers only on the host of the payment's shop (the payment is looked up as that shop's).
 */
@Path("/payments/card/{provider}/{payment_number}")
@PermitAll
public class CardPageResource {

    @Inject
    PaymentService payments;

    @Inject
    DisplayLocale displayLocale;

    @Inject
    Storefront storefront;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@PathParam("provider") String provider, @PathParam("payment_number") String paymentNumber,
                         @Context HttpHeaders headers) {
        PaymentView payment = payments.awaitingCard(PaymentsResource.provider(provider), paymentNumber);
        return page(headers, payment, null, null, null);
    }

    /**
     * Enrolls the card with the provider, in the installments chosen, and sends the shopper on: the bank's own page,
     * or a redirect. With {@code action=installments} (the page's button when JavaScript is off) nothing is paid:
     * the page comes back with the typed BIN's options, and of the card only those six digits.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response enter(@PathParam("provider") String provider, @PathParam("payment_number") String paymentNumber,
                          @FormParam("card_holder_name") String holderName, @FormParam("card_number") String number,
                          @FormParam("card_expiry_month") String month, @FormParam("card_expiry_year") String year,
                          @FormParam("card_cvv") String cvv, @FormParam("installment_count") String installments,
                          @FormParam("action") String action, @Context HttpHeaders headers) {
        if ("installments".equals(action)) {
            return installments(provider, paymentNumber, number, headers);
        }
        StartedPaymentView started = payments.enterCard(PaymentsResource.provider(provider), paymentNumber,
                CardDetails.of(holderName, number, month, year, cvv), count(installments));
        if (started.html() != null) {
            return noStore(Response.ok(started.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")));
        }
        return noStore(Response.seeOther(URI.create(started.paymentUrl())));
    }

    private Response installments(String provider, String paymentNumber, String number, HttpHeaders headers) {
        PaymentView payment = payments.awaitingCard(PaymentsResource.provider(provider), paymentNumber);
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        HtmlPages.Texts texts = HtmlPages.texts(displayLocale.of(headers));
        if (!digits.matches("\\d{6}.*")) {
            return page(headers, payment, null, null, texts.get("card.installments.need_bin"));
        }
        String bin = digits.substring(0, 6);
        List<InstallmentView> options = payments.installments(paymentNumber, bin);
        return page(headers, payment, bin, options, texts.get(options.size() > 1 ? "card.installments.found"
                : "card.installments.none"));
    }

    private Response page(HttpHeaders headers, PaymentView payment, String bin, List<InstallmentView> options,
                          String status) {
        HtmlPages.Texts texts = HtmlPages.texts(displayLocale.of(headers));
        return noStore(Response.ok(CardPage.render(texts, payment, "/api/payments/" + payment.paymentNumber()
                + "/installments/", storefront.assets().url("card-installments.js"), bin, options, status),
                HtmlPages.HTML));
    }

    /** The chosen count; none means a single payment. */
    private static int count(String installments) {
        if (installments == null || installments.isBlank()) {
            return 1;
        }
        if (!installments.strip().matches("\\d{1,2}") || Integer.parseInt(installments.strip()) < 1) {
            throw new InvalidInputException("installment_count", "installment_count must be a number of "
                    + "installments offered for the card (1 for a single payment)");
        }
        return Integer.parseInt(installments.strip());
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
