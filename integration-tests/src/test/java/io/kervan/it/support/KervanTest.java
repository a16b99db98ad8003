package io.kervan.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An Arquillian test against the provisioned WildFly and the embedded PostgreSQL. The database extension is listed
 * first so it runs before Arquillian starts the server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KervanServerExtension.class)
@ExtendWith(ArquillianExtension.class)
public @interface KervanTest {
}
