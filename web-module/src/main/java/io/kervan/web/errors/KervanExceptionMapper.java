package io.kervan.web.errors;

import io.kervan.shared.domain.KervanException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Expected failures, as thrown by the services, to problem JSON, with {@code Retry-After} when they say how long to
 * wait.
 */
@Provider
public class KervanExceptionMapper implements ExceptionMapper<KervanException> {

    @Override
    public Response toResponse(KervanException e) {
        Response response = Problem.response(e.errorCode(), e.detail(), e.properties());
        // A 429, or a 503 because a provider asked Kervan to wait: tell the client how long.
        Object retryAfter = e.properties().get("retry_after_seconds");
        if (retryAfter != null) {
            return Response.fromResponse(response).header("Retry-After", retryAfter).build();
        }
        return response;
    }
}
