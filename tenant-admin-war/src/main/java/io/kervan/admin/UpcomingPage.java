package io.kervan.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

/**
 * The sections whose pages are not built yet ({@link Section#built()} false): refused with a 403 page to a role
 * without the section's permission, as the finished page will be, and otherwise a page that says it is coming.
 * A section's own servlet replaces this mapping when it is built (see docs/admin.md).
 */
@WebServlet({"/integrations", "/integrations/*", "/esim", "/esim/*"})
public class UpcomingPage extends HttpServlet {

    @Inject
    StaffVisit visit;

    @Inject
    AdminPages pages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Section section = Arrays.stream(Section.values())
                .filter(s -> !s.built() && s.path().equals(request.getServletPath())).findFirst().orElseThrow();
        visit.require(section.permission());
        pages.page(response, 200, "admin/upcoming.jte", section, section, section.textKey());
    }
}
