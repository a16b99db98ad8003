package io.kervan.admin.escrow;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.escrow.application.EscrowDesk;
import io.kervan.escrow.application.EscrowList;
import io.kervan.shared.domain.PageRequest;
import io.kervan.webkit.render.Paging;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/escrow}: the shop's escrows in one state (held unless another is chosen, or {@code all}), newest
 * first, with what they add up to per currency; each links to its order. A state or page that is not one of the
 * choices is ignored rather than refused: the filter only narrows a list.
 */
@WebServlet("/escrow")
public class EscrowListPage extends HttpServlet {

    static final List<String> STATES = List.of("held", "released", "refunded", "all");
    private static final int PAGE_SIZE = 50;

    /** The chosen state, the escrows found, their totals, and the paging that keeps the state. */
    public record View(String state, List<String> states, EscrowList found, Paging paging) {

        public boolean chosen(String choice) {
            return choice.equals(state);
        }
    }

    @Inject
    EscrowDesk desk;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SEE_ESCROW);
        String chosen = request.getParameter("state");
        String state = chosen != null && STATES.contains(chosen) ? chosen : "held";
        int page = page(request.getParameter("page"));
        EscrowList found = desk.list(state.equals("all") ? null : state, new PageRequest(page, PAGE_SIZE));
        Paging paging = new Paging(Section.ESCROW.href(), Map.of("state", state), page,
                Math.max(1, found.page().pageCount()));
        pages.page(response, 200, "admin/escrow.jte", Section.ESCROW, new View(state, STATES, found, paging),
                "escrow.title");
    }

    private static int page(String value) {
        return value != null && value.matches("[1-9]\\d{0,5}") ? Integer.parseInt(value) : 1;
    }
}
