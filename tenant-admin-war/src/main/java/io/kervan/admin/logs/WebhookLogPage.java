package io.kervan.admin.logs;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.integrations.application.WebhookLog;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /admin/logs}: the shop's webhook deliveries, newest first, filtered by integration, outcome (answered or
 * refused/failed) and date (a GET form, the MoJ "filter a list" way). Each shows its event, outcome, status, duration
 * and body hash, and on request its headers, which the log stores without any secret. A value that is not one of the
 * choices is ignored rather than refused: the filter only narrows a list.
 */
@WebServlet("/logs")
public class WebhookLogPage extends HttpServlet {

    static final int LIMIT = 100;

    /** The filter as chosen, the deliveries it found, and the shop's integrations to choose from. */
    public record View(Map<String, String> values, List<IntegrationView> integrations, List<WebhookLog.View> deliveries,
                       Map<UUID, String> names, FormErrors errors, int limit) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String nameOf(UUID integrationId) {
            return names.getOrDefault(integrationId, "");
        }
    }

    @Inject
    WebhookLog log;

    @Inject
    IntegrationRegistry registry;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPanel panel;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SEE_WEBHOOK_LOG);
        List<IntegrationView> integrations = registry.list();
        Map<UUID, String> names = new LinkedHashMap<>();
        integrations.forEach(i -> names.put(i.id(), i.name()));
        Map<String, String> values = new LinkedHashMap<>();
        FormErrors errors = new FormErrors();
        UUID integration = integration(request.getParameter("integration"), names);
        values.put("integration", integration == null ? "" : integration.toString());
        String outcome = request.getParameter("outcome");
        Boolean failed = "failed".equals(outcome) ? Boolean.TRUE : "ok".equals(outcome) ? Boolean.FALSE : null;
        values.put("outcome", failed == null ? "" : outcome);
        LocalDate from = date(request, "received_from", values, errors);
        LocalDate to = date(request, "received_to", values, errors);
        List<WebhookLog.View> deliveries = log.search(integration, failed, start(from), to == null ? null : start(
                to.plusDays(1)), LIMIT);
        pages.page(response, errors.isEmpty() ? 200 : 422, "admin/logs.jte", Section.LOGS,
                new View(values, integrations, deliveries, names, errors, LIMIT), "logs.title");
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(panel.zone()).toInstant();
    }

    private static UUID integration(String value, Map<UUID, String> names) {
        try {
            UUID id = value == null || value.isBlank() ? null : UUID.fromString(value);
            return id != null && names.containsKey(id) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private LocalDate date(HttpServletRequest request, String field, Map<String, String> values, FormErrors errors) {
        String value = request.getParameter(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        values.put(field, value.strip());
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, visit.texts().text("logs.date.invalid"));
            return null;
        }
    }
}
