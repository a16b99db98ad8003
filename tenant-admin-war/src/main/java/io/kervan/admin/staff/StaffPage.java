package io.kervan.admin.staff;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.identity.application.NewStaffMember;
import io.kervan.identity.application.StaffDirectory;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.PasswordHash;
import io.kervan.identity.domain.StaffRole;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.webkit.form.FormErrors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /admin/staff}: the shop's members and the form that adds one (owners add admins and staff, admins add
 * staff: the directory's rule, which also refuses a taken email and a weak password). After adding, the page comes
 * back with a message (post, redirect, get); a refused form comes back as typed, with what is wrong, and a 422.
 */
@WebServlet("/staff")
public class StaffPage extends HttpServlet {

    static final String PATH = AdminPanel.BASE + "/staff";

    /** The add form as it was sent (never the password), and what is wrong with it. */
    public record Form(Map<String, String> values, FormErrors errors) {

        static Form empty() {
            return new Form(Map.of("email", "", "full_name", "", "role", "staff"), new FormErrors());
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    @Inject
    StaffDirectory directory;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_STAFF);
        show(response, 200, Form.empty(), Flash.of(request, visit.texts()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_STAFF);
        String email = text(request, "email", 254);
        String fullName = text(request, "full_name", 120);
        String role = text(request, "role", 10);
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        Form form = new Form(Map.of("email", email, "full_name", fullName, "role", role), new FormErrors());
        if (email.isBlank()) {
            form.errors().add("email", visit.texts().text("staff.email.missing"));
        }
        if (!role.equals("admin") && !role.equals("staff")) {
            form.errors().add("role", visit.texts().text("staff.role.missing"));
        }
        if (!form.errors().isEmpty()) {
            show(response, 422, form, null);
            return;
        }
        try {
            directory.add(visit.session().role(), new NewStaffMember(email, password,
                    fullName.isBlank() ? null : fullName, StaffRole.valueOf(role.toUpperCase(Locale.ROOT))));
            pages.seeOther(response, Flash.done(PATH, "member_added"));
        } catch (KervanException refused) {
            String field = fieldOf(refused);
            if (field == null) {
                throw refused;
            }
            form.errors().add(field, visit.texts().text("staff.refused." + refused.errorCode().code(),
                    PasswordHash.MIN_LENGTH, PasswordHash.MAX_LENGTH));
            show(response, 422, form, null);
        }
    }

    /** The field a refusal of the directory is about; null for one the form cannot help with. */
    private static String fieldOf(KervanException refused) {
        if (refused.errorCode() == IdentityError.EMAIL_TAKEN || refused.errorCode() == CommonError.VALIDATION_FAILED) {
            return "email";
        }
        if (refused.errorCode() == IdentityError.WEAK_PASSWORD) {
            return "password";
        }
        if (refused.errorCode() == IdentityError.ROLE_NOT_ALLOWED) {
            return "role";
        }
        return null;
    }

    private void show(HttpServletResponse response, int status, Form form, Flash flash) throws IOException {
        StaffListView view = new StaffListView(directory.list(), visit.session().accountId(), visit.session().role(),
                form, flash == null ? new Flash(null, null) : flash, roles());
        pages.page(response, status, "admin/staff.jte", Section.STAFF, view, "staff.title");
    }

    /** The roles the signed-in member may give. */
    private List<String> roles() {
        return List.of(StaffRole.ADMIN, StaffRole.STAFF).stream()
                .filter(r -> visit.session().role().mayAdd(r)).map(StaffRole::group).toList();
    }

    private static String text(HttpServletRequest request, String name, int longest) {
        String value = request.getParameter(name);
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > longest ? stripped.substring(0, longest) : stripped;
    }
}
