package io.kervan.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Starts the {@link KervanServer} (and its {@link TestEnvironment}) before the first black-box class, once for the
 * whole test run; JUnit closes it when the run ends. A class that still declares a {@code @Deployment} is refused
 * with what to do: black-box tests share the EAR deployed at boot, and in-container tests are
 * {@link InContainerTest}s.
 */
public class KervanServerExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> test = context.getRequiredTestClass();
        Arrays.stream(test.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Deployment.class)).findFirst()
                .ifPresent(m -> refuse(test, m));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(KervanServer.class, key -> new Running(KervanServer.start()));
    }

    private static void refuse(Class<?> test, Method deployment) {
        throw new IllegalStateException(test.getSimpleName() + "." + deployment.getName() + "() is an Arquillian "
                + "@Deployment, but " + test.getSimpleName() + " is a black-box @KervanTest: every black-box class "
                + "shares the EAR the suite deploys once, so remove the method; a test that must run inside the "
                + "server is an @InContainerTest (see docs/testing.md).");
    }

    /** Stops the server when JUnit closes the root store, at the end of the run. */
    private record Running(KervanServer server) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            server.close();
        }
    }
}
