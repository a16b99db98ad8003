package io.kervan.tenancy.domain;

import io.kervan.shared.domain.ErrorCode;

/** Tenancy failures. */
public final class TenancyError {

    public static final ErrorCode TENANT_NOT_FOUND =
            new ErrorCode("tenant_not_found", 404, "No shop answers at this address");
    public static final ErrorCode SLUG_TAKEN = new ErrorCode("slug_taken", 409, "The subdomain is already taken");
    public static final ErrorCode WRONG_HOST =
            new ErrorCode("wrong_host", 404, "This endpoint is not served on this host");
    public static final ErrorCode TENANT_MISMATCH =
            new ErrorCode("tenant_mismatch", 401, "The token belongs to another shop");

    private TenancyError() {
    }
}
