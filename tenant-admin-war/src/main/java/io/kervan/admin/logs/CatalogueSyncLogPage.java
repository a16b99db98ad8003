package io.kervan.admin.logs;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.esim.application.EsimCatalogueSync;
import io.kervan.esim.application.SyncView;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * {@code /admin/logs/esim-syncs}: the second list of the logs, the shop's eSIM Go catalogue syncs (by hand and
 * scheduled), newest first, each with how it ended and what it changed; the same log as
 * {@code GET /api/esim/catalogue/syncs/}.
 */
@WebServlet("/logs/esim-syncs")
public class CatalogueSyncLogPage extends HttpServlet {

    /** The runs shown, and how many at most. */
    public record View(List<SyncView> runs, int limit) {
    }

    @Inject
    EsimCatalogueSync catalogue;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SEE_WEBHOOK_LOG);
        pages.page(response, 200, "admin/logsEsim.jte", Section.LOGS,
                new View(catalogue.recent(WebhookLogPage.LIMIT), WebhookLogPage.LIMIT), "logs.esim.title");
    }
}
