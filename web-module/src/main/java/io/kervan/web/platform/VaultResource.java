package io.kervan.web.platform;

import io.kervan.integrations.application.VaultRotation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators finish a master key rotation: every tenant's data key is re-wrapped under the active master key. */
@Path("/platform/vault/rewrap")
@Tag(name = "Platform")
@SecurityRequirement(name = "jwt")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class VaultResource {

    @Inject
    VaultRotation rotation;

    @POST
    public VaultRotation.Outcome rewrap() {
        return rotation.rewrapAllAcrossTenants();
    }
}
