package io.kervan.admin.staff;

import io.kervan.admin.AdminPages;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.StaffVisit;
import io.kervan.identity.application.StaffDirectory;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.StaffRole;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The posts of a member's row: {@code /admin/staff/{id}/deactivate} (their sessions end at once),
 * {@code …/reactivate} and {@code …/role} (another role; their sessions end, so they sign in again with it). The
 * directory decides who may manage whom (nobody their own account, admins only staff, the last owner stays); a refusal comes back to the list as a message and changes nothing. Another shop's member is the
 * 404 page.
 */
@WebServlet("/staff/*")
public class StaffMemberActions extends HttpServlet {

    private static final Map<String, String> DONE = Map.of("deactivate", "member_deactivated",
            "reactivate", "member_reactivated", "role", "member_role_changed");
    private static final Set<String> ACTIONS = DONE.keySet();

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
        if (parts.length != 3 || !ACTIONS.contains(parts[2])) {
            throw notFound();
        }
        UUID member = id(parts[1]);
        UUID actor = visit.session().accountId();
        try {
            switch (parts[2]) {
                case "deactivate" -> directory.deactivate(actor, member);
                case "reactivate" -> directory.reactivate(actor, member);
                default -> directory.changeRole(actor, member, role(request.getParameter("role")));
            }
            pages.seeOther(response, Flash.done(StaffPage.PATH, DONE.get(parts[2])));
        } catch (KervanException refused) {
            if (refused.errorCode().httpStatus() == 404) {
                throw refused;
            }
            pages.seeOther(response, Flash.problem(StaffPage.PATH, refused.errorCode().code()));
        }
    }

    /** A role the form offers; anything else is refused like a role the member may not give. */
    private static StaffRole role(String value) {
        return Arrays.stream(StaffRole.values()).filter(r -> r.group().equals(value)).findFirst()
                .orElseThrow(() -> new KervanException(IdentityError.ROLE_NOT_ALLOWED, "There is no such role"));
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
