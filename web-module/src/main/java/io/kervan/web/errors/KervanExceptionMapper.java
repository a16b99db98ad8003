package io.kervan.web.errors;

import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.TooManyRequestsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Expected failures, as thrown by the services, to problem JSON. */
@Provider
public class KervanExceptionMapper implements ExceptionMapper<KervanException> {

    @Override
    public Response toResponse(KervanException e) {
        Response response = Problem.response(e.errorCode(), e.detail(), e.properties());
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(response)
                    .header("Retry-After", e.properties().get("retry_after_seconds"))
                    .build();
        }
        return response;
    }
}
