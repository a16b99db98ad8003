package io.kervan.web.payments;

import io.kervan.payments.application.PaymentService;
import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.StartedPaymentView;
import io.kervan.payments.provider.CardDetails;
import io.kervan.web.shared.DisplayLocale;
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

/**
 * Kervan's own card page, for providers whose 3-D Secure model takes the card in a server-to-server call (Kuveyt
 * Türk): the shopper types the card here, Kervan passes it to the bank in the same request and writes the bank's 3-D
 * Secure page back. The card is never stored or logged, and neither page may be cached. The page is in the shopper's
 * language; it answers only on the host of the payment's shop (the payment is looked up as that shop's).
 */
@Path("/payments/card/{provider}/{payment_number}")
@PermitAll
public class CardPageResource {

    @Inject
    PaymentService payments;

    @Inject
    DisplayLocale displayLocale;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@PathParam("provider") String provider, @PathParam("payment_number") String paymentNumber,
                         @Context HttpHeaders headers) {
        PaymentView payment = payments.awaitingCard(PaymentsResource.provider(provider), paymentNumber);
        HtmlPages.Texts texts = HtmlPages.texts(displayLocale.of(headers));
        return noStore(Response.ok(HtmlPages.page(texts, texts.get("card.title"), "<p>"
                + HtmlPages.escape(payment.paymentNumber()) + "</p><p class=amount>" + payment.amount() + " "
                + payment.currency() + "</p>"
                + "<form method=post autocomplete=on>"
                + "<label>" + texts.get("card.holder")
                + "<input name=card_holder_name autocomplete=cc-name maxlength=60 required></label>"
                + "<label>" + texts.get("card.number") + "<input name=card_number autocomplete=cc-number "
                + "inputmode=numeric pattern=\"[0-9 \\-]{12,23}\" required></label>"
                + "<label>" + texts.get("card.expiry_month") + "<input name=card_expiry_month "
                + "autocomplete=cc-exp-month inputmode=numeric pattern=\"[0-9]{1,2}\" placeholder=\""
                + texts.get("card.expiry_month.placeholder") + "\" required></label>"
                + "<label>" + texts.get("card.expiry_year") + "<input name=card_expiry_year "
                + "autocomplete=cc-exp-year inputmode=numeric pattern=\"[0-9]{2}|[0-9]{4}\" placeholder=\""
                + texts.get("card.expiry_year.placeholder") + "\" required></label>"
                + "<label>" + texts.get("card.cvv") + "<input name=card_cvv autocomplete=cc-csc inputmode=numeric "
                + "pattern=\"[0-9]{3,4}\" required></label>"
                + "<button>" + texts.get("card.pay", payment.amount(), payment.currency()) + "</button></form>"),
                HtmlPages.HTML));
    }

    /** Enrolls the card with the provider and sends the shopper on: the bank's own page, or a redirect. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response enter(@PathParam("provider") String provider, @PathParam("payment_number") String paymentNumber,
                          @FormParam("card_holder_name") String holderName, @FormParam("card_number") String number,
                          @FormParam("card_expiry_month") String month, @FormParam("card_expiry_year") String year,
                          @FormParam("card_cvv") String cvv) {
        StartedPaymentView started = payments.enterCard(PaymentsResource.provider(provider), paymentNumber,
                CardDetails.of(holderName, number, month, year, cvv));
        if (started.html() != null) {
            return noStore(Response.ok(started.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")));
        }
        return noStore(Response.seeOther(URI.create(started.paymentUrl())));
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }
}
