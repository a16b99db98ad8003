package io.kervan.integrations.domain;

import io.kervan.shared.domain.ErrorCode;

/** Integration failures. */
public final class IntegrationError {

    public static final ErrorCode INTEGRATION_NOT_FOUND =
            new ErrorCode("integration_not_found", 404, "No such integration");

    private IntegrationError() {
    }
}
