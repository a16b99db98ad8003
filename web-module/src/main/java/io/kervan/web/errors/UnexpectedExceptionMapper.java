package io.kervan.web.errors;

import io.kervan.shared.domain.CommonError;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: a 500 whose only detail is a correlation id; the stack trace goes to the server log under the
 * same id. An expected failure wrapped by the container is unwrapped and mapped as itself.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Throwable e) {
        if (e instanceof EJBException && e.getCause() != null && e.getCause() != e) {
            Throwable cause = e.getCause();
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            if (mapper != null && mapper != this) {
                return mapper.toResponse(cause);
            }
        }
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, e);
        return Problem.response(CommonError.INTERNAL_ERROR,
                "The request failed on our side. If it keeps failing, contact support with the correlation id.",
                Map.of("correlation_id", correlationId));
    }
}
