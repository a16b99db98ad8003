package io.kervan.tenancy.domain;

import io.kervan.shared.domain.ErrorCode;

import java.util.Locale;

public enum TenancyError implements ErrorCode {
    TENANT_NOT_FOUND(404, "No shop answers at this address"),
    SLUG_TAKEN(409, "The subdomain is already taken"),
    WRONG_HOST(404, "This endpoint is not served on this host"),
    TENANT_MISMATCH(401, "The token belongs to another shop");

    private final int httpStatus;
    private final String title;

    TenancyError(int httpStatus, String title) {
        this.httpStatus = httpStatus;
        this.title = title;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
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
