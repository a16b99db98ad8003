package io.kervan.web.esim;

import io.kervan.esim.application.EsimCatalogueSync;
import io.kervan.esim.application.SyncView;
import io.kervan.web.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Staff bring the shop's eSIM products in step with its eSIM Go catalogue, and read how past syncs went. */
@Path("/esim/catalogue")
@Tag(name = "eSIM")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
public class EsimCatalogueResource {

    public record Synced(boolean success, SyncView sync) {
    }

    public record SyncLog(boolean success, List<SyncView> syncs) {
    }

    @Inject
    EsimCatalogueSync catalogue;

    @Inject
    Caller caller;

    /** Reads the whole catalogue, then creates, updates and deactivates products; answers what it changed. */
    @POST
    @Path("/sync")
    @RolesAllowed({"owner", "admin"})
    public Synced sync() {
        return new Synced(true, catalogue.sync(caller.actor()));
    }

    /** The latest 100 syncs, by hand and scheduled, newest first; failed ones say why. */
    @GET
    @Path("/syncs")
    @RolesAllowed({"owner", "admin", "staff"})
    public SyncLog syncs() {
        return new SyncLog(true, catalogue.recent(100));
    }
}
