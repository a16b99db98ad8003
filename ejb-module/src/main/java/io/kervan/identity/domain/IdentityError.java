package io.kervan.identity.domain;

import io.kervan.shared.domain.ErrorCode;

/** Account and sign-in failures. */
public final class IdentityError {

    public static final ErrorCode INVALID_CREDENTIALS =
            new ErrorCode("invalid_credentials", 401, "Email or password is wrong");
    public static final ErrorCode EMAIL_TAKEN =
            new ErrorCode("email_taken", 409, "An account with this email already exists");
    public static final ErrorCode ROLE_NOT_ALLOWED = new ErrorCode("role_not_allowed", 403, "Your role cannot do this");
    public static final ErrorCode WEAK_PASSWORD = new ErrorCode("weak_password", 400, "The password is too weak");
    public static final ErrorCode INVALID_TELEGRAM_LOGIN =
            new ErrorCode("invalid_telegram_login", 401, "The Telegram login could not be verified");
    public static final ErrorCode TELEGRAM_NOT_CONNECTED =
            new ErrorCode("telegram_not_connected", 409, "This shop does not offer Telegram sign-in");
    public static final ErrorCode TELEGRAM_ALREADY_LINKED =
            new ErrorCode("telegram_already_linked", 409, "The Telegram account belongs to another customer");

    private IdentityError() {
    }
}
