package io.kervan.shared.domain;

/** Failures that belong to no single capability. */
public enum CommonError implements ErrorCode {
    VALIDATION_FAILED(400, "The request has invalid fields"),
    MALFORMED_REQUEST(400, "The request body could not be read"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    AUTHENTICATION_REQUIRED(401, "Sign in to continue"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Something went wrong on our side");

    private final int httpStatus;
    private final String title;

    CommonError(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String title() {
        return title;
    }
}
