package io.kervan.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that runs inside the server (CDI, EJBs, the persistence unit injected), for what no client can reach: a
 * timer's method, a service's rule below the API. Arquillian deploys the EAR with the class added
 * ({@code @Deployment static EnterpriseArchive deployment() { return Deployments.earWith(FooIT.class); }}) into a
 * server of its own, in the failsafe execution that runs only this tag, so each such class costs a deployment:
 * prefer {@link KervanTest}. The environment is started first so Arquillian can start the server. See
 * docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(InContainerTest.TAG)
@ExtendWith(TestEnvironmentExtension.class)
@ExtendWith(ArquillianExtension.class)
public @interface InContainerTest {

    /** The JUnit tag the pom's failsafe executions select by. */
    String TAG = "in-container";
}
