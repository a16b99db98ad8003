package io.kervan.shared.domain;

/** Failures that belong to no single capability. */
public final class CommonError {

    public static final ErrorCode VALIDATION_FAILED =
            new ErrorCode("validation_failed", 400, "The request has invalid fields");
    public static final ErrorCode MALFORMED_REQUEST =
            new ErrorCode("malformed_request", 400, "The request body could not be read");
    public static final ErrorCode PAYLOAD_TOO_LARGE =
            new ErrorCode("payload_too_large", 413, "The request body is too large");
    public static final ErrorCode AUTHENTICATION_REQUIRED =
            new ErrorCode("authentication_required", 401, "Sign in to continue");
    public static final ErrorCode FORBIDDEN = new ErrorCode("forbidden", 403, "Not allowed");
    public static final ErrorCode NOT_FOUND = new ErrorCode("not_found", 404, "Not found");
    public static final ErrorCode METHOD_NOT_ALLOWED = new ErrorCode("method_not_allowed", 405, "Method not allowed");
    public static final ErrorCode UNSUPPORTED_MEDIA_TYPE =
            new ErrorCode("unsupported_media_type", 415, "Unsupported media type");
    public static final ErrorCode NOT_ACCEPTABLE = new ErrorCode("not_acceptable", 406, "Not acceptable");
    public static final ErrorCode CONFLICT = new ErrorCode("conflict", 409, "Conflict");
    public static final ErrorCode TOO_MANY_REQUESTS = new ErrorCode("too_many_requests", 429, "Too many requests");
    public static final ErrorCode INTERNAL_ERROR =
            new ErrorCode("internal_error", 500, "Something went wrong on our side");

    private CommonError() {
    }
}
