package io.kervan.web.esim;

import io.kervan.esim.application.CustomerEsimView;
import io.kervan.esim.application.CustomerEsims;
import io.kervan.web.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * "My eSIMs" for the signed-in customer: {@code GET /api/esims/} (newest first, with usage), {@code GET …/{id}/}
 * (with the install details) and {@code GET …/{id}/qr/} (the QR code as a PNG, for the same token).
 */
@Path("/esims")
@Tag(name = "eSIM")
@RolesAllowed("customer")
public class CustomerEsimsResource {

    public record Listing(boolean success, List<CustomerEsimView> esims) {
    }

    public record One(boolean success, CustomerEsimView esim, CustomerEsimView.Install install) {
    }

    @Inject
    CustomerEsims esims;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Listing list() {
        return new Listing(true, esims.list(customer()));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public One show(@PathParam("id") UUID id) {
        CustomerEsims.Detail detail = esims.show(customer(), id);
        return new One(true, detail.esim(), detail.install());
    }

    @GET
    @Path("/{id}/qr")
    @Produces("image/png")
    public Response qrCode(@PathParam("id") UUID id) {
        // The code installs the eSIM: no shared cache may keep it.
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        return Response.ok(esims.qrCode(customer(), id), "image/png").cacheControl(noStore).build();
    }

    private UUID customer() {
        return caller.customerId().orElseThrow();
    }
}
