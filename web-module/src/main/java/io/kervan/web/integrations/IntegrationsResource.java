package io.kervan.web.integrations;

import io.kervan.integrations.application.AuditView;
import io.kervan.integrations.application.ConnectionTest;
import io.kervan.integrations.application.ConnectionForms;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationRequest;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.CredentialField;
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

import java.util.List;
import java.util.Locale;
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

    /** What connecting an account at each provider takes, as its adapter describes it. */
    public record Providers(boolean success, List<Provider> providers) {
    }

    public record Provider(String providerType, String name, boolean takesWebhooks, List<Field> fields) {

        static Provider of(ConnectionForm form) {
            return new Provider(form.providerType().code(), form.providerType().displayName(), form.takesWebhooks(),
                    form.fields().stream().map(Field::of).toList());
        }
    }

    /**
     * {@code kind}: secret (sealed per mode), setting (in {@code config}) or endpoint; {@code choices}: the values a
     * setting takes, the first being the default (empty: any text).
     */
    public record Field(String name, String kind, boolean required, String label, String help,
                        List<String> choices) {

        static Field of(CredentialField f) {
            return new Field(f.name(), f.kind().name().toLowerCase(Locale.ROOT), f.required(), f.label(), f.help(),
                    f.choices());
        }
    }

    @Inject
    IntegrationRegistry registry;

    @Inject
    Caller caller;

    @Inject
    ConnectionTest connectionTest;

    @Inject
    ConnectionForms forms;

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
                .entity(new One(true, registry.create(request.changes(), caller.actor()))).build();
    }

    @GET
    @Path("/providers")
    public Providers providers() {
        return new Providers(true, forms.all().stream().map(Provider::of).toList());
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
        return new One(true, registry.change(id, request.changes(), caller.actor()));
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
}
