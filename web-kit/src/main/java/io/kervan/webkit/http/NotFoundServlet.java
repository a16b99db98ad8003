package io.kervan.webkit.http;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every address of a WAR that no page answers: a not-found failure, which the WAR's filter turns into its 404 page.
 * Each WAR maps its own subclass to {@code /}, so that what answers there is written in the WAR.
 */
public abstract class NotFoundServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        throw new KervanException(CommonError.NOT_FOUND, "There is nothing at this address");
    }
}
