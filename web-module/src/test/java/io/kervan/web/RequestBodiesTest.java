package io.kervan.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every request body of the API must say about its fields, so that a new endpoint is bounded like the others:
 * each text (and each text in a list) has a {@code @Size} or a {@code @Pattern} that keeps it within its column, and no
 * number is a primitive (which cannot be absent) or a floating-point type (amounts are {@code BigDecimal}). NUL and
 * malformed numbers are refused for every body as it is read ({@code io.kervan.web.json}).
 */
class RequestBodiesTest {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, FormParam.class, CookieParam.class, MatrixParam.class, Context.class);

    @Test
    void every_text_field_of_every_request_body_is_bounded() throws Exception {
        List<Class<?>> bodies = requestRecords();
        assertThat(bodies).as("request bodies found").hasSizeGreaterThan(15);
        List<String> unbounded = new ArrayList<>();
        for (Class<?> body : bodies) {
            for (RecordComponent component : body.getRecordComponents()) {
                String name = body.getSimpleName() + "." + component.getName();
                Class<?> type = component.getType();
                if (type == String.class && !bounded(body.getDeclaredField(component.getName()).getAnnotations())) {
                    unbounded.add(name);
                }
                if (type == List.class && component.getAnnotatedType() instanceof AnnotatedParameterizedType list
                        && list.getAnnotatedActualTypeArguments()[0].getType() == String.class
                        && !bounded(list.getAnnotatedActualTypeArguments()[0].getAnnotations())) {
                    unbounded.add(name + "[]");
                }
                if (type.isPrimitive() && type != boolean.class || type == Double.class || type == Float.class) {
                    unbounded.add(name + " (" + type.getSimpleName() + ")");
                }
            }
        }
        assertThat(unbounded).as("request fields without a bound, or of a number type JSON cannot be read into "
                + "strictly").isEmpty();
    }

    private static boolean bounded(Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a instanceof Size size && size.max() < Integer.MAX_VALUE
                || a instanceof Pattern);
    }

    /** The records that resource methods take as their body, and the records inside them. */
    private static List<Class<?>> requestRecords() throws IOException, ClassNotFoundException {
        Set<Class<?>> records = new HashSet<>();
        for (Class<?> resource : resources()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations())
                        .noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                for (int i = 0; i < method.getParameterCount(); i++) {
                    boolean body = Arrays.stream(method.getParameterAnnotations()[i])
                            .noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()));
                    if (body) {
                        collect(method.getParameterTypes()[i], records);
                    }
                }
            }
        }
        return List.copyOf(records);
    }

    private static void collect(Class<?> type, Set<Class<?>> records) {
        if (type.isRecord() && records.add(type)) {
            for (RecordComponent component : type.getRecordComponents()) {
                collect(component.getType(), records);
                if (component.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized) {
                    for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                        if (argument.getType() instanceof Class<?> element) {
                            collect(element, records);
                        }
                    }
                }
            }
        }
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, RequestBodiesTest.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
