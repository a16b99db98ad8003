package io.kervan.web.errors;

import io.kervan.shared.domain.CommonError;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** What JAX-RS itself refuses (unknown path, wrong method, unreadable body, missing role) as problem JSON. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof NotFoundException) {
            return Problem.response(CommonError.NOT_FOUND, "There is nothing at this address");
        }
        if (e instanceof NotAllowedException notAllowed) {
            return Response.fromResponse(Problem.response(CommonError.METHOD_NOT_ALLOWED,
                            "This address does not accept that method; allowed: "
                                    + String.join(", ", notAllowed.getResponse().getAllowedMethods())))
                    .allow(notAllowed.getResponse().getAllowedMethods())
                    .build();
        }
        if (e instanceof NotAuthorizedException || e instanceof ForbiddenException) {
            return security.getUserPrincipal() == null
                    ? Problem.response(CommonError.AUTHENTICATION_REQUIRED,
                    "Send a bearer token from the sign-in endpoint in the Authorization header")
                    : Problem.response(CommonError.FORBIDDEN, "Your account's role does not allow this");
        }
        if (e instanceof NotSupportedException) {
            return Problem.response(CommonError.UNSUPPORTED_MEDIA_TYPE, "Send the request body as application/json");
        }
        if (e instanceof NotAcceptableException) {
            return Problem.response(CommonError.NOT_ACCEPTABLE, "This endpoint answers in application/json");
        }
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500) {
            return Problem.response(CommonError.MALFORMED_REQUEST,
                    "The request could not be read: check the JSON syntax and the type of every field");
        }
        return UnexpectedExceptionMapper.internalError(e);
    }
}
