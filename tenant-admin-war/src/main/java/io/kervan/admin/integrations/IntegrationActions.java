package io.kervan.admin.integrations;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.ConnectionTest;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.IntegrationError;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import java.util.UUID;

/**
 * The buttons of an integration's page: test its keys (the outcome and its time are stored on the integration, and
 * the page then shows them) and disable it (it takes no more traffic; its settings and keys are kept).
 */
@RequestScoped
public class IntegrationActions {

    @Inject
    ConnectionTest connectionTest;

    @Inject
    IntegrationRegistry registry;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    void test(HttpServletResponse response, UUID id) {
        String page = IntegrationsPage.PATH + "/" + id;
        try {
            boolean passed = Boolean.TRUE.equals(connectionTest.test(id, visit.actor()).lastTestOk());
            pages.seeOther(response, passed ? Flash.done(page, "integration_test_passed")
                    : Flash.problem(page, "integration_test_failed"));
        } catch (KervanException refused) {
            if (refused.errorCode() != IntegrationError.CANNOT_TEST) {
                throw refused;
            }
            pages.seeOther(response, Flash.problem(page, refused.errorCode().code()));
        }
    }

    void disable(HttpServletResponse response, UUID id) {
        registry.disable(id, visit.actor());
        pages.seeOther(response, Flash.done(IntegrationsPage.PATH + "/" + id, "integration_disabled"));
    }
}
