package io.kervan.web.errors;

import io.kervan.shared.domain.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose path, query or headers hold the NUL character (U+0000) with a 400 naming the parameter,
 * before the resource sees it. PostgreSQL can neither store nor compare NUL, so a search, a lookup by number or a
 * stored header would otherwise fail deep inside as a 500. JSON bodies are checked as they are read
 * ({@code io.kervan.web.json.StrictJsonParser}). It runs after authentication and authorization, so a caller without
 * access learns nothing from it.
 */
@Provider
@Priority(Priorities.USER)
public class NulCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        refuseNul(request.getUriInfo().getPathParameters());
        refuseNul(request.getUriInfo().getQueryParameters());
        refuseNul(request.getHeaders());
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw new InvalidInputException(parameter.getKey(),
                            parameter.getKey() + " must not contain the NUL character (U+0000)");
                }
            }
        }
    }
}
