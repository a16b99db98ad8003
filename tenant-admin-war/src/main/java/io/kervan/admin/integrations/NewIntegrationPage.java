package io.kervan.admin.integrations;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.ConnectionForms;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationRequest;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /admin/integrations/new?type=kuveyt}: the form for connecting an account at one provider, drawn from its
 * adapter's description. A new integration starts in test mode with the keys typed here as its test keys. A form with
 * something wrong comes back as typed (never its secrets) with each field marked, a 422, and nothing stored.
 */
@WebServlet("/integrations/new")
public class NewIntegrationPage extends HttpServlet {

    public record View(String type, String providerName, String name, List<FieldView> fields, FormErrors errors) {
    }

    @Inject
    ConnectionForms forms;

    @Inject
    ConnectionFields fields;

    @Inject
    IntegrationRegistry registry;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_INTEGRATIONS);
        ConnectionForm form = form(request);
        show(response, 200, form, Map.of("name", form.providerType().displayName()), new FormErrors());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_INTEGRATIONS);
        ConnectionForm form = form(request);
        Map<String, String> typed = fields.read(request, form.fields(), true);
        IntegrationRequest wanted = fields.request(form.providerType().code(), "test_mode", typed, form.fields(),
                Map.of());
        FormErrors errors = fields.check(wanted, typed, form.providerType(), form.fields(), Set.of());
        if (!errors.isEmpty()) {
            show(response, 422, form, typed, errors);
            return;
        }
        try {
            IntegrationView created = registry.create(wanted.changes(), visit.actor());
            pages.seeOther(response, Flash.done(IntegrationsPage.PATH + "/" + created.id(), "integration_added"));
        } catch (KervanException refused) {
            show(response, 422, form, typed, fields.refused(refused));
        }
    }

    private void show(HttpServletResponse response, int status, ConnectionForm form, Map<String, String> typed,
                      FormErrors errors) throws IOException {
        ProviderType type = form.providerType();
        pages.page(response, status, "admin/integrationNew.jte", Section.INTEGRATIONS,
                new View(type.code(), type.displayName(), typed.getOrDefault("name", ""),
                        fields.views(type, form.fields(), typed, Map.of()), errors),
                "integrations.new.title", type.displayName());
    }

    /** The form of the provider the address names; an unknown one, or one without a form, is the 404 page. */
    private ConnectionForm form(HttpServletRequest request) {
        String type = request.getParameter("type");
        return Arrays.stream(ProviderType.values()).filter(t -> t.code().equals(type)).findFirst()
                .flatMap(forms::of).orElseThrow(() -> new KervanException(CommonError.NOT_FOUND,
                        "There is nothing at this address"));
    }
}
