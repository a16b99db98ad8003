package io.kervan.it.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the {@link TestEnvironment} before Arquillian starts the server (it is listed first in
 * {@link InContainerTest}). Inside the server, where in-container tests run again, there is nothing to start.
 */
public class TestEnvironmentExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("kervan.server.dir") != null) {
            TestEnvironment.startOnce();
        }
    }
}
