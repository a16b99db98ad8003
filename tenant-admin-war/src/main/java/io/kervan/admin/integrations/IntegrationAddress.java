package io.kervan.admin.integrations;

import io.kervan.admin.Permission;
import io.kervan.admin.StaffVisit;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;

/**
 * The addresses of one integration: {@code /admin/integrations/{id}} (its page, and the post that saves its settings),
 * {@code …/switch} (between test and live), {@code …/test} and {@code …/disable}. Every one needs
 * {@link Permission#MANAGE_INTEGRATIONS}; another shop's integration, or an address that is none of these, is the 404
 * page.
 */
@WebServlet("/integrations/*")
public class IntegrationAddress extends HttpServlet {

    @Inject
    IntegrationPage page;

    @Inject
    IntegrationSwitch modes;

    @Inject
    IntegrationActions actions;

    @Inject
    StaffVisit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_INTEGRATIONS);
        String[] parts = parts(request);
        UUID id = id(parts[1]);
        if (parts.length == 2) {
            page.show(request, response, id);
        } else if (parts[2].equals("switch")) {
            modes.show(request, response, id);
        } else {
            throw notFound();
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.MANAGE_INTEGRATIONS);
        String[] parts = parts(request);
        UUID id = id(parts[1]);
        if (parts.length == 2) {
            page.save(request, response, id);
            return;
        }
        switch (parts[2]) {
            case "switch" -> modes.save(request, response, id);
            case "test" -> actions.test(response, id);
            case "disable" -> actions.disable(response, id);
            default -> throw notFound();
        }
    }

    private static String[] parts(HttpServletRequest request) {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = info.split("/");
        if (parts.length < 2 || parts.length > 3) {
            throw notFound();
        }
        return parts;
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
