package io.kervan.it.support;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A black-box test: it talks to Kervan only as a client would (HTTP through {@link Api}, a browser, mail, the
 * database to check rows) against the one server that the whole black-box tier shares, with the built EAR deployed
 * once. It declares no {@code @Deployment}. Each test opens its own shops and never relies on what another test or a
 * fresh deployment left behind. See docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(KervanServerExtension.class)
public @interface KervanTest {
}
