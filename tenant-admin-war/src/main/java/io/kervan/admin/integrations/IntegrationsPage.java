package io.kervan.admin.integrations;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.ConnectionForms;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.domain.ConnectionForm;
import io.kervan.integrations.domain.ProviderType;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/integrations}: the shop's integrations with their mode (test, live, inactive) and last test, and a
 * choice of the providers whose adapters describe a connection form, to add one.
 */
@WebServlet("/integrations")
public class IntegrationsPage extends HttpServlet {

    static final String PATH = AdminPanel.BASE + "/integrations";

    /** A provider one may add: its code and its name. */
    public record Provider(String code, String name) {
    }

    public record View(List<IntegrationView> integrations, List<Provider> providers, Flash flash) {

        public String providerName(IntegrationView integration) {
            return ProviderType.valueOf(integration.providerType().toUpperCase(Locale.ROOT)).displayName();
        }
    }

    @Inject
    IntegrationRegistry registry;

    @Inject
    ConnectionForms forms;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_INTEGRATIONS);
        List<Provider> providers = forms.all().stream().map(ConnectionForm::providerType)
                .map(t -> new Provider(t.code(), t.displayName())).toList();
        pages.page(response, 200, "admin/integrations.jte", Section.INTEGRATIONS,
                new View(registry.list(), providers, Flash.of(request, visit.texts())), "integrations.title");
    }
}
