package io.kervan.admin;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Every address of the panel that no page answers: the 404 page (drawn by {@link ErrorPages}). */
@WebServlet("/")
public class NotFoundPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        throw new KervanException(CommonError.NOT_FOUND, "There is nothing at this address");
    }
}
