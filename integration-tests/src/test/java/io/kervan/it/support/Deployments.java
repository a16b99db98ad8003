package io.kervan.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The EAR the build produced, as tests deploy it. */
public final class Deployments {

    private static final String WAR = "web-module.war";

    private Deployments() {
    }

    /** The EAR exactly as built, for black-box HTTP tests. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "kervan.ear")
                .importFrom(new File(System.getProperty("kervan.ear")))
                .as(EnterpriseArchive.class);
    }

    /**
     * The EAR with test classes added to its web module, for tests that run inside the server. The annotation that
     * registers Arquillian goes along: without it JUnit inside the server would run the test un-enriched.
     */
    public static EnterpriseArchive earWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses);
        war.addClasses(KervanTest.class, KervanServerExtension.class);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
