package io.kervan.web.payments;

import io.kervan.payments.domain.PaymentError;
import io.kervan.payments.provider.HostedPaymentPage;
import io.kervan.payments.provider.HostedPaymentPage.PagePayment;
import io.kervan.shared.domain.KervanException;
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
import java.util.Optional;

/**
 * The sandbox gateway's hosted test page: the shopper picks success, decline or a 3-D Secure challenge, then is sent
 * back to Kervan's return address, which asks the gateway (server-to-server) what happened. It answers only on the
 * host of the shop that opened the transaction (another shop's id is a 404 and changes nothing), in the shopper's
 * language.
 */
@Path("/sandbox/pay/{id}")
@PermitAll
public class SandboxPageResource {

    @Inject
    HostedPaymentPage page;

    @Inject
    DisplayLocale displayLocale;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("id") String id, @Context HttpHeaders headers) {
        PagePayment t = found(id, page.find(id));
        HtmlPages.Texts texts = HtmlPages.texts(displayLocale.of(headers));
        return Response.ok(HtmlPages.page(texts, texts.get("sandbox.title"), "<p>"
                + HtmlPages.escape(t.description()) + "</p><p class=amount>"
                + t.amount().stripTrailingZeros().toPlainString() + " " + t.currency() + "</p>"
                + "<form method=post><button name=action value=succeed>" + texts.get("sandbox.succeed") + "</button>"
                + "<button name=action value=decline>" + texts.get("sandbox.decline") + "</button>"
                + "<button name=action value=challenge>" + texts.get("sandbox.challenge") + "</button></form>"),
                HtmlPages.HTML).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") String id, @FormParam("action") String action,
                           @Context HttpHeaders headers) {
        PagePayment t = found(id, page.decide(id, action == null ? "decline" : action));
        if (t.challenged()) {
            HtmlPages.Texts texts = HtmlPages.texts(displayLocale.of(headers));
            return Response.ok(HtmlPages.page(texts, texts.get("challenge.title"), "<p>"
                    + texts.get("challenge.prompt", page.challengeCode())
                    + "</p><form method=post action=\"challenge\"><input name=code autocomplete=off><button>"
                    + texts.get("challenge.confirm") + "</button></form>"), HtmlPages.HTML).build();
        }
        return Response.seeOther(URI.create(t.returnUrl())).build();
    }

    @POST
    @Path("/challenge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @FormParam("code") String code) {
        PagePayment t = found(id, page.answerChallenge(id, code));
        return Response.seeOther(URI.create(t.returnUrl())).build();
    }

    private static PagePayment found(String id, Optional<PagePayment> transaction) {
        return transaction.orElseThrow(() -> new KervanException(PaymentError.PAYMENT_NOT_FOUND,
                "This shop has no sandbox payment " + id));
    }
}
