package io.kervan.admin.esim;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.esim.application.EsimCatalogueSync;
import io.kervan.esim.application.EsimMarkup;
import io.kervan.esim.application.MarkupView;
import io.kervan.esim.domain.EsimError;
import io.kervan.shared.domain.Actor;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
/**
 * {@code /admin/esim}: the shop's eSIM Go catalogue. "Sync now" ({@code POST /admin/esim/sync}: the service of
 * {@code POST /api/esim/catalogue/sync/}) reads the whole catalogue and comes back with the run's counts; the schedule
 * says when the next automatic sync runs; the latest runs show how each ended; and the markup form
 * ({@code POST /admin/esim/markup}) changes the rule the shop's eSIM prices follow, pricing the offered bundles again
 * at once. A shop without an eSIM Go integration is told to connect one first.
 */
@WebServlet({"/esim", "/esim/*"})
public class EsimPage extends HttpServlet {

    static final String PATH = AdminPanel.BASE + "/esim";
    static final int RUNS = 10;

    @Inject
    EsimCatalogueSync catalogue;

    @Inject
    EsimMarkup markup;

    @Inject
    MarkupForm forms;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_ESIM);
        if (request.getPathInfo() != null && !request.getPathInfo().equals("/")) {
            throw notFound();
        }
        MarkupView current = current();
        show(response, 200, current, current == null ? MarkupForm.Values.NONE : MarkupForm.Values.of(current),
                new FormErrors(), Flash.of(request, visit.texts()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_ESIM);
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        Actor actor = Actor.staff(visit.session().accountId(), visit.session().email());
        try {
            switch (action) {
                case "/sync" -> {
                    catalogue.sync(actor);
                    pages.seeOther(response, Flash.done(PATH, "esim_synced"));
                }
                case "/markup" -> changeMarkup(request, response, actor);
                default -> throw notFound();
            }
        } catch (KervanException refused) {
            if (refused.errorCode().httpStatus() == 404 || refused.errorCode() == CommonError.FORBIDDEN) {
                throw refused;
            }
            pages.seeOther(response, Flash.problem(PATH, refused.errorCode() == CommonError.VALIDATION_FAILED
                    ? "esim_settings_invalid" : refused.errorCode().code()));
        }
    }

    private void changeMarkup(HttpServletRequest request, HttpServletResponse response, Actor actor)
            throws IOException {
        MarkupForm.Values typed = MarkupForm.Values.from(request);
        FormErrors errors = new FormErrors();
        var rule = forms.read(typed, errors);
        if (rule == null) {
            show(response, 422, current(), typed, errors, new Flash(null, null));
            return;
        }
        markup.change(rule, actor);
        pages.seeOther(response, Flash.done(PATH, "markup_saved"));
    }

    /** The shop's markup, or null while it has no usable eSIM Go integration. */
    private MarkupView current() {
        try {
            return markup.show();
        } catch (KervanException e) {
            if (e.errorCode() == EsimError.NOT_CONNECTED || e.errorCode() == CommonError.VALIDATION_FAILED) {
                return null;
            }
            throw e;
        }
    }

    private void show(HttpServletResponse response, int status, MarkupView current, MarkupForm.Values values,
                      FormErrors errors, Flash flash) throws IOException {
        EsimView view = new EsimView(current != null, catalogue.schedule(), catalogue.recent(RUNS), current,
                values, errors, flash);
        pages.page(response, status, "admin/esim.jte", Section.ESIM, view, "esim.title");
    }

    private static KervanException notFound() {
        return new KervanException(CommonError.NOT_FOUND, "There is nothing at this address");
    }
}
