package io.kervan.integrations.domain;

import java.util.Locale;

/** Test mode uses the test endpoint and test keys; active uses the live ones; inactive takes no traffic. */
public enum IntegrationStatus {
    TEST_MODE, ACTIVE, INACTIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
