package io.kervan.web.errors;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * What the API validates are request records, never entities, so every property of them may be read and cascaded
 * into. Without this Hibernate Validator asks JPA, for every cascaded property of every request, whether it is loaded
 * (JPA is on the class path), work that buys nothing. Named in {@code META-INF/validation.xml}.
 */
public class RequestsAreFullyReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
