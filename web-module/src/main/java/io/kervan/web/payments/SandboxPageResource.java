package io.kervan.web.payments;

import io.kervan.payments.provider.sandbox.SandboxGateway;
import io.kervan.payments.provider.sandbox.SandboxTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * The sandbox gateway's hosted test page: the shopper picks success, decline or a 3-D Secure challenge, then is sent
 * back to Kervan's return address, which asks the gateway (server-to-server) what happened.
 */
@Path("/sandbox/pay/{id}")
@PermitAll
public class SandboxPageResource {

    @Inject
    SandboxGateway gateway;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page(@PathParam("id") String id) {
        SandboxTransaction t = gateway.find(id).orElseThrow(NotFoundException::new);
        return HtmlPages.page("Sandbox payment", "<p>" + HtmlPages.escape(t.description()) + "</p><p class=amount>"
                + t.amount().stripTrailingZeros().toPlainString() + " " + t.currency() + "</p>"
                + "<form method=post><button name=action value=succeed>Pay (succeeds)</button>"
                + "<button name=action value=decline>Decline</button>"
                + "<button name=action value=challenge>3-D Secure challenge</button></form>");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") String id, @FormParam("action") String action) {
        SandboxTransaction t = gateway.decide(id, action == null ? "decline" : action)
                .orElseThrow(NotFoundException::new);
        if (t.status() == SandboxTransaction.Status.CHALLENGED) {
            return Response.ok(HtmlPages.page("3-D Secure", "<p>Enter the code sent to your phone (it is "
                    + SandboxGateway.CHALLENGE_CODE + " in the sandbox).</p><form method=post action=\"challenge\">"
                    + "<input name=code autocomplete=off><button>Confirm</button></form>")).build();
        }
        return Response.seeOther(URI.create(t.returnUrl())).build();
    }

    @POST
    @Path("/challenge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @FormParam("code") String code) {
        SandboxTransaction t = gateway.answerChallenge(id, code).orElseThrow(NotFoundException::new);
        return Response.seeOther(URI.create(t.returnUrl())).build();
    }
}
