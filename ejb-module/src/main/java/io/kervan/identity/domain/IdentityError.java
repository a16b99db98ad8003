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
    public static final ErrorCode TOKEN_REVOKED = new ErrorCode("token_revoked", 401, "The token has been ended");
    public static final ErrorCode WRONG_CURRENT_PASSWORD =
            new ErrorCode("wrong_current_password", 400, "The current password is wrong");
    public static final ErrorCode NO_PASSWORD = new ErrorCode("no_password", 409, "The account has no password");
    public static final ErrorCode INVALID_RESET_TOKEN =
            new ErrorCode("invalid_reset_token", 400, "The password reset link is invalid, used or expired");
    public static final ErrorCode STAFF_NOT_FOUND =
            new ErrorCode("staff_not_found", 404, "No staff member of this shop has this id");
    public static final ErrorCode OWN_ACCOUNT =
            new ErrorCode("own_account", 409, "You cannot deactivate, reactivate or change the role of your own account");
    public static final ErrorCode LAST_OWNER =
            new ErrorCode("last_owner", 409, "A shop keeps at least one active owner");

    private IdentityError() {
    }
}
