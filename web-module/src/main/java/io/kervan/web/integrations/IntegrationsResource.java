package io.kervan.web.integrations;

import io.kervan.integrations.application.AuditView;
import io.kervan.integrations.application.ConnectionTest;
import io.kervan.integrations.application.IntegrationChanges;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.IntegrationStatus;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.web.shared.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Owners and admins connect their shop's provider accounts. Secrets go in and never come out (masked to 4 chars). */
@Path("/integrations")
@Tag(name = "Integrations")
@SecurityRequirement(name = "jwt")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"owner", "admin"})
public class IntegrationsResource {

    public record IntegrationList(boolean success, List<IntegrationView> integrations) {
    }

    public record One(boolean success, IntegrationView integration) {
    }

    public record AuditLog(boolean success, List<AuditView> entries) {
    }

    @Inject
    IntegrationRegistry registry;

    @Inject
    Caller caller;

    @Inject
    ConnectionTest connectionTest;

    @GET
    public IntegrationList list() {
        return new IntegrationList(true, registry.list());
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid IntegrationRequest request) {
        if (request.providerType() == null) {
            throw new InvalidInputException("provider_type", "provider_type is required");
        }
        if (request.name() == null) {
            throw new InvalidInputException("name", "name is required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(new One(true, registry.create(changes(request), caller.actor()))).build();
    }

    @GET
    @Path("/audit")
    public AuditLog audit() {
        return new AuditLog(true, registry.auditLog(200));
    }

    @GET
    @Path("/{id}")
    public One show(@PathParam("id") UUID id) {
        return new One(true, registry.show(id));
    }

    @PATCH
    @Path("/{id}")
    public One change(@PathParam("id") UUID id,
                      @NotNull(message = "a JSON body is required") @Valid IntegrationRequest request) {
        if (request.providerType() != null) {
            throw new InvalidInputException("provider_type", "provider_type cannot change; create another integration");
        }
        return new One(true, registry.change(id, changes(request), caller.actor()));
    }

    /** Tries the keys of the current mode against the provider; the outcome and time are stored on the integration. */
    @POST
    @Path("/{id}/test")
    public One test(@PathParam("id") UUID id) {
        return new One(true, connectionTest.test(id, caller.actor()));
    }

    /** Disables: the integration takes no more traffic; its settings and sealed keys are kept. */
    @DELETE
    @Path("/{id}")
    public One disable(@PathParam("id") UUID id) {
        return new One(true, registry.disable(id, caller.actor()));
    }

    private static IntegrationChanges changes(IntegrationRequest r) {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        put(secrets, "api_key", r.apiKey());
        put(secrets, "api_secret", r.apiSecret());
        put(secrets, "webhook_secret", r.webhookSecret());
        return new IntegrationChanges(
                r.providerType() == null ? null : ProviderType.valueOf(r.providerType().toUpperCase(Locale.ROOT)),
                r.name(), r.description(),
                r.status() == null ? null : IntegrationStatus.valueOf(r.status().toUpperCase(Locale.ROOT)),
                r.apiEndpoint(), r.testEndpoint(), r.config(), secrets);
    }

    private static void put(Map<String, Secret> secrets, String name, String value) {
        if (value != null) {
            secrets.put(name, Secret.of(value));
        }
    }
}
