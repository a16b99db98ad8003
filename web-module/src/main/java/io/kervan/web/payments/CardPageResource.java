package io.kervan.web.payments;

import io.kervan.payments.application.CardEntry;
import io.kervan.payments.application.InstallmentView;
import io.kervan.payments.application.PaymentService;
import io.kervan.payments.application.PaymentView;
import io.kervan.payments.application.SavedCardOffers;
import io.kervan.payments.application.StartedPaymentView;
import io.kervan.payments.provider.CardDetails;
import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.shared.DisplayLocale;
import io.kervan.web.storefront.PathIds;
import io.kervan.web.storefront.Storefront;
import io.kervan.webkit.http.Csrf;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import java.util.UUID;

/**
 * Kervan's own card page, for providers whose 3-D Secure model takes the card in a server-to-server call (Kuveyt
 * Türk, iyzico's direct 3-D Secure): the shopper types the card here and chooses the installments the card is offered
 * ({@link CardPage}), Kervan passes it to the provider in the same request and writes the bank's 3-D Secure page
 * back. The card is never stored or logged, and neither page may be cached. The order's own signed-in customer may
 * ask the provider to keep the card, or pay with one it keeps ({@link CardPage}). The page is in the shopper's
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

    @Inject
    SavedCardOffers offers;

    @Inject
    CardPageSession session;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@PathParam("provider") String provider, @PathParam("payment_number") String paymentNumber,
                         @Context HttpHeaders headers) {
        PaymentView payment = payments.awaitingCard(PaymentsResource.provider(provider), paymentNumber);
        return page(headers, provider, payment, null, null, null);
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
                          @FormParam("action") String action, @FormParam("saved_card") String savedCard,
                          @FormParam("keep_card") String keepCard, @FormParam(Csrf.FIELD) String formToken,
                          @Context HttpHeaders headers) {
        if ("installments".equals(action)) {
            return installments(provider, paymentNumber, number, headers);
        }
        StartedPaymentView started = payments.enterCard(PaymentsResource.provider(provider), paymentNumber,
                entry(holderName, number, month, year, cvv, savedCard, "true".equals(keepCard), formToken),
                count(installments));
        if (started.html() != null) {
            return noStore(Response.ok(started.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")));
        }
        return noStore(Response.seeOther(URI.create(started.paymentUrl())));
    }

    /**
     * The card the form names: a saved card's id, or the typed card (to keep, or not). Saving or using a saved card
     * needs the page's own form token, and the customer signed in on this browser.
     */
    private CardEntry entry(String holderName, String number, String month, String year, String cvv,
                            String savedCard, boolean keep, String formToken) {
        boolean saved = savedCard != null && !savedCard.isBlank();
        if ((saved || keep) && !session.postIsGenuine(request, formToken)) {
            throw new KervanException(PaymentError.SIGN_IN_TO_KEEP_CARD, "This form was not sent from this shop's "
                    + "card page in this browser session; open the card page again. Nothing was charged.");
        }
        UUID customer = session.customer(request).orElse(null);
        if (saved) {
            return CardEntry.saved(PathIds.uuid(savedCard.strip()).orElseThrow(() -> new InvalidInputException(
                    "saved_card", "saved_card must be the id of one of your saved cards")), customer);
        }
        return CardEntry.typed(CardDetails.of(holderName, number, month, year, cvv), keep, customer);
    }

    private Response installments(String provider, String paymentNumber, String number, HttpHeaders headers) {
        PaymentView payment = payments.awaitingCard(PaymentsResource.provider(provider), paymentNumber);
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        HtmlPages.Texts texts = HtmlPages.texts(displayLocale.of(headers));
        if (!digits.matches("\\d{6}.*")) {
            return page(headers, provider, payment, null, null, texts.get("card.installments.need_bin"));
        }
        String bin = digits.substring(0, 6);
        List<InstallmentView> options = payments.installments(paymentNumber, bin);
        return page(headers, provider, payment, bin, options, texts.get(options.size() > 1 ? "card.installments.found"
                : "card.installments.none"));
    }

    private Response page(HttpHeaders headers, String provider, PaymentView payment, String bin,
                          List<InstallmentView> options, String status) {
        HtmlPages.Texts texts = HtmlPages.texts(displayLocale.of(headers));
        SavedCardOffers.Offer offer = offers.forPayment(PaymentsResource.provider(provider), payment.paymentNumber(),
                session.customer(request).orElse(null));
        String formToken = offer.canKeep() ? session.formToken(request, response) : null;
        return noStore(Response.ok(CardPage.render(texts, payment, "/api/payments/" + payment.paymentNumber()
                + "/installments/", storefront.assets().url("card-installments.js"), bin, options, status, offer,
                formToken), HtmlPages.HTML));
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

    /**
     * No cache keeps the page, and no other site learns its address (the payment number): {@code same-origin}, not
     * {@code no-referrer}, because under {@code no-referrer} browsers send {@code Origin: null} with the page's own
     * form posts, which the form-token check then refuses.
     */
    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "same-origin").build();
    }
}
