package io.kervan.it.support;

import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/** The EAR the build produced, as in-container tests deploy it (black-box tests share the one deployed at boot). */
public final class Deployments {

    private static final String WAR = "web-module.war";

    private Deployments() {
    }

    /**
     * The EAR exactly as built with test classes added to its web module, where Arquillian's runner servlet runs
     * them with the web module's view of the beans. The annotations that register Arquillian go along (without them
     * JUnit inside the server would run the test un-enriched), and so do Awaitility and Hamcrest, for tests that wait.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "kervan.ear")
                .importFrom(new File(System.getProperty("kervan.ear")))
                .as(EnterpriseArchive.class);
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addClasses(InContainerTest.class, TestEnvironmentExtension.class);
        war.addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class));
        ear.delete(WAR);
        // The EAR holds two WARs (the web module and the admin panel): name the one Arquillian's runner goes into.
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
