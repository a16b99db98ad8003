package io.kervan.web.errors;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body JSON-B could not bind: broken syntax, an unknown field, a value of the wrong type, or a value Kervan's strict
 * reading refused (see {@code io.kervan.web.json}), which says itself which field and why. The parser's own message
 * names Java classes, so the client gets a plain explanation instead.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    /** Yasson's wording for a member the target type does not have. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\w+) can not be mapped");

    @Override
    public Response toResponse(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof KervanException refused) {
                return Problem.response(refused.errorCode(), refused.detail(), refused.properties());
            }
            Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (unknown.find()) {
                String field = unknown.group(1);
                return Problem.response(CommonError.VALIDATION_FAILED, field + " is not a field of this request",
                        Map.of("errors", List.of(new FieldError(field, "unknown field; remove it"))));
            }
        }
        return Problem.response(CommonError.MALFORMED_REQUEST,
                "The request body is not valid JSON for this endpoint: check the syntax, remove unknown fields and "
                        + "send each field with its documented type");
    }
}
