package io.kervan.admin.integrations;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationRequest;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /admin/integrations/{id}/switch?to=active} (go live) or {@code ?to=test_mode} (back to test, or on again
 * after disabling): a page that shows both key sets, masked, and a "replace" field for each key of the mode switched
 * to. An empty field keeps the key that mode has, so the test keys work again after a spell of live without being
 * typed again; a key the mode does not have yet must be typed. Going live happens only from this page's button.
 */
@RequestScoped
public class IntegrationSwitch {

    private static final List<String> TARGETS = List.of("active", "test_mode");

    public record View(IntegrationView integration, String providerName, String to, List<FieldView> fields,
                       KeySets keys, FormErrors errors) {

        public boolean live() {
            return to.equals("active");
        }
    }

    @Inject
    IntegrationRegistry registry;

    @Inject
    IntegrationPage page;

    @Inject
    ConnectionFields fields;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    void show(HttpServletRequest request, HttpServletResponse response, UUID id) throws IOException {
        String to = target(request);
        render(response, 200, registry.show(id), to, new FormErrors());
    }

    void save(HttpServletRequest request, HttpServletResponse response, UUID id) throws IOException {
        String to = target(request);
        IntegrationView integration = registry.show(id);
        ConnectionForm form = page.formOf(integration);
        Map<String, String> typed = fields.read(request, form.secrets(), false);
        IntegrationRequest wanted = fields.request(null, to, typed, form.secrets(), Map.of());
        FormErrors errors = fields.check(wanted, typed, form.providerType(), form.secrets(),
                KeySets.masked(integration, KeySets.modeOf(to)).keySet());
        if (!errors.isEmpty()) {
            render(response, 422, integration, to, errors);
            return;
        }
        registry.change(id, wanted.changes(), visit.actor());
        pages.seeOther(response, Flash.done(IntegrationsPage.PATH + "/" + id,
                to.equals("active") ? "integration_live" : "integration_test_mode"));
    }

    private void render(HttpServletResponse response, int status, IntegrationView integration, String to,
                        FormErrors errors) throws IOException {
        ConnectionForm form = page.formOf(integration);
        View view = new View(integration, form.providerType().displayName(), to,
                fields.views(form.providerType(), form.secrets(), Map.of(),
                        KeySets.masked(integration, KeySets.modeOf(to))), KeySets.of(form, integration, fields),
                errors);
        pages.page(response, status, "admin/integrationSwitch.jte", Section.INTEGRATIONS, view,
                view.live() ? "integrations.switch.live.title" : "integrations.switch.test.title", integration.name());
    }

    private static String target(HttpServletRequest request) {
        String to = request.getParameter("to");
        if (!TARGETS.contains(to)) {
            throw new KervanException(CommonError.NOT_FOUND, "There is nothing at this address");
        }
        return to;
    }
}
