package io.kervan.web.errors;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.ErrorCode;
import io.kervan.web.json.JsonConfiguration;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * Problem JSON for the errors the server answers before JAX-RS sees the request: a bearer token that fails
 * verification, an unknown path outside the API, a body over the server's size limit. Wired in web.xml.
 */
@WebServlet("/error-problem")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        ErrorCode error = switch (code) {
            case 401 -> CommonError.AUTHENTICATION_REQUIRED;
            case 403 -> CommonError.FORBIDDEN;
            case 404 -> CommonError.NOT_FOUND;
            case 405 -> CommonError.METHOD_NOT_ALLOWED;
            case 413 -> CommonError.PAYLOAD_TOO_LARGE;
            default -> CommonError.INTERNAL_ERROR;
        };
        String detail = switch (code) {
            case 401 -> "The bearer token is invalid or has expired; sign in again";
            case 404 -> "There is nothing at this address";
            case 413 -> "The request body is too large";
            default -> error.title();
        };
        response.setStatus(error.httpStatus());
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonConfiguration.jsonb().toJson(Problem.body(error, detail, Map.of())));
    }
}
