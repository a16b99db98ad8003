package io.kervan.identity.domain;

import io.kervan.shared.domain.ErrorCode;

import java.util.Locale;

public enum IdentityError implements ErrorCode {
    INVALID_CREDENTIALS(401, "Email or password is wrong"),
    EMAIL_TAKEN(409, "An account with this email already exists"),
    ROLE_NOT_ALLOWED(403, "Your role cannot do this"),
    WEAK_PASSWORD(400, "The password is too weak");

    private final int httpStatus;
    private final String title;

    IdentityError(int httpStatus, String title) {
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
