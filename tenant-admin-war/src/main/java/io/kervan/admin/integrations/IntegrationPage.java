package io.kervan.admin.integrations;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.AuditView;
import io.kervan.integrations.application.ConnectionForms;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationRequest;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.CredentialField;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * An integration's page: its mode and last test (with the test button), its settings and the keys of the mode it runs
 * in (masked, each with an empty "replace" field that keeps it when left empty), both key sets, the way to the other
 * mode, disable, the webhook address for the provider's panel, and its audit log.
 */
@RequestScoped
public class IntegrationPage {

    static final int AUDIT_ENTRIES = 50;

    public record View(IntegrationView integration, String providerName, String name, List<FieldView> fields,
                       KeySets keys, String webhookUrl, List<AuditView> audit, FormErrors errors, Flash flash) {

        public String mode() {
            return KeySets.modeOf(integration.status());
        }
    }

    @Inject
    IntegrationRegistry registry;

    @Inject
    ConnectionForms forms;

    @Inject
    ConnectionFields fields;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    void show(HttpServletRequest request, HttpServletResponse response, UUID id) throws IOException {
        IntegrationView integration = registry.show(id);
        render(request, response, 200, integration, stored(integration, formOf(integration)), new FormErrors(),
                Flash.of(request, visit.texts()));
    }

    void save(HttpServletRequest request, HttpServletResponse response, UUID id) throws IOException {
        IntegrationView integration = registry.show(id);
        ConnectionForm form = formOf(integration);
        Map<String, String> typed = fields.read(request, form.fields(), true);
        IntegrationRequest wanted = fields.request(null, null, typed, form.fields(), integration.config());
        Map<String, String> stored = KeySets.masked(integration, KeySets.modeOf(integration.status()));
        FormErrors errors = fields.check(wanted, typed, form.providerType(), form.fields(), stored.keySet());
        if (errors.isEmpty()) {
            try {
                registry.change(id, wanted.changes(), visit.actor());
                pages.seeOther(response, Flash.done(IntegrationsPage.PATH + "/" + id, "integration_saved"));
                return;
            } catch (KervanException refused) {
                errors = fields.refused(refused);
            }
        }
        render(request, response, 422, integration, typed, errors, new Flash(null, null));
    }

    private void render(HttpServletRequest request, HttpServletResponse response, int status,
                        IntegrationView integration, Map<String, String> typed, FormErrors errors, Flash flash)
            throws IOException {
        ConnectionForm form = formOf(integration);
        ProviderType type = form.providerType();
        Map<String, String> masked = KeySets.masked(integration, KeySets.modeOf(integration.status()));
        String webhook = form.takesWebhooks() ? request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort() + "/api/webhooks/" + type.code() + "/" + integration.id() + "/" : null;
        View view = new View(integration, type.displayName(), typed.getOrDefault("name", ""),
                fields.views(type, form.fields(), typed, masked), KeySets.of(form, integration, fields), webhook,
                registry.auditLogOf(integration.id(), AUDIT_ENTRIES), errors, flash);
        pages.page(response, status, "admin/integration.jte", Section.INTEGRATIONS, view, "integrations.one.title",
                integration.name());
    }

    /** What the form shows before anything is typed: the name, settings and endpoints as stored. */
    private static Map<String, String> stored(IntegrationView integration, ConnectionForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", integration.name());
        for (CredentialField field : form.plain()) {
            Object value = field.kind() == CredentialField.Kind.SETTING ? integration.config().get(field.name())
                    : field.name().equals("api_endpoint") ? integration.apiEndpoint() : integration.testEndpoint();
            values.put(field.name(), value == null ? "" : value.toString());
        }
        return values;
    }

    /** The integration's connection form; a provider whose adapter gives none has a form with no fields. */
    ConnectionForm formOf(IntegrationView integration) {
        ProviderType type = ProviderType.valueOf(integration.providerType().toUpperCase(Locale.ROOT));
        return forms.of(type).orElse(ConnectionForm.of(type, false));
    }
}
