package io.kervan.web.errors;

import io.kervan.shared.domain.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code code} is the stable machine-readable name of the failure; {@code detail}
 * says what to do about it. Extra members (such as {@code errors} for bad fields) follow.
 */
public final class Problem {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    private Problem() {
    }

    public static Response response(ErrorCode error, String detail, Map<String, Object> extra) {
        return Response.status(error.httpStatus()).type(MEDIA_TYPE).entity(body(error, detail, extra)).build();
    }

    public static Map<String, Object> body(ErrorCode error, String detail, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:kervan:problem:" + error.code());
        body.put("title", error.title());
        body.put("status", error.httpStatus());
        body.put("code", error.code());
        body.put("detail", detail);
        body.putAll(extra);
        return body;
    }

    public static Response response(ErrorCode error, String detail) {
        return response(error, detail, Map.of());
    }
}
