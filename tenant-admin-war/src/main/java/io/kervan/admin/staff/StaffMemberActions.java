package io.kervan.admin.staff;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.StaffVisit;
import io.kervan.identity.application.StaffDirectory;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.UUID;

/**
 * The posts of a member's row: {@code /admin/staff/{id}/deactivate} (their sessions end at once) and
 * {@code …/reactivate}. The directory decides who may manage whom (nobody their own account, admins only staff, the
 * last owner stays); a refusal comes back to the list as a message and changes nothing. Another shop's member is the
 * 404 page.
 */
@WebServlet("/staff/*")
public class StaffMemberActions extends HttpServlet {

    @Inject
    StaffDirectory directory;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        visit.require(Permission.MANAGE_STAFF);
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = info.split("/");
        if (parts.length != 3 || !(parts[2].equals("deactivate") || parts[2].equals("reactivate"))) {
            throw notFound();
        }
        UUID member = id(parts[1]);
        UUID actor = visit.session().accountId();
        try {
            if (parts[2].equals("deactivate")) {
                directory.deactivate(actor, member);
            } else {
                directory.reactivate(actor, member);
            }
            pages.seeOther(response, Flash.done(StaffPage.PATH, "member_" + parts[2] + "d"));
        } catch (KervanException refused) {
            if (refused.errorCode().httpStatus() == 404) {
                throw refused;
            }
            pages.seeOther(response, Flash.problem(StaffPage.PATH, refused.errorCode().code()));
        }
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static KervanException notFound() {
        return new KervanException(CommonError.NOT_FOUND, "There is nothing at this address");
    }
}
