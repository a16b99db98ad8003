package io.kervan.admin.escrow;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.StaffVisit;
import io.kervan.escrow.application.EscrowDesk;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.UUID;

/**
 * The escrow buttons of an order's page, each the API's service call and then a redirect back to the order with what
 * came of it: a dispute flagged (with its reason) or cleared, the money released by hand. A move the escrow refuses
 * (a page left open while someone else released it) writes nothing and comes back as a message.
 */
@RequestScoped
public class EscrowActions {

    private static final int REASON_LENGTH = 500;

    @Inject
    EscrowDesk desk;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    /** {@code action}: {@code dispute}, {@code clear} or {@code release}; {@code back}: the order's page. */
    public void act(UUID orderId, String action, HttpServletRequest request, HttpServletResponse response,
                    String back) {
        visit.require(Permission.MOVE_ESCROW);
        try {
            switch (action) {
                case "dispute" -> desk.setDisputed(orderId, true, reason(request), visit.actor());
                case "clear" -> desk.setDisputed(orderId, false, null, visit.actor());
                default -> desk.release(orderId, visit.actor());
            }
            pages.seeOther(response, Flash.done(back, "escrow_" + action));
        } catch (KervanException refused) {
            if (refused.errorCode().httpStatus() != 409) {
                throw refused;
            }
            pages.seeOther(response, Flash.problem(back, refused.errorCode().code()));
        }
    }

    private static String reason(HttpServletRequest request) {
        String reason = request.getParameter("dispute_reason");
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String stripped = reason.strip();
        return stripped.length() > REASON_LENGTH ? stripped.substring(0, REASON_LENGTH) : stripped;
    }
}
