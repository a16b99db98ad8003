package io.kervan.web.identity;

/** The same answer whether the address has an account or not. */
public record ResetRequested(String detail) {

    static final ResetRequested ANSWER = new ResetRequested("If an account uses this address, a link to choose a "
            + "new password is on its way. It works once, for a short while.");
}
