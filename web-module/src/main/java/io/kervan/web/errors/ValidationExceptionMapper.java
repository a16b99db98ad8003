package io.kervan.web.errors;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Bean Validation failures on a request: a 400 that names every bad field the way the client spelt it. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors";
        return Problem.response(CommonError.VALIDATION_FAILED, detail, Map.of("errors", errors));
    }

    /**
     * {@code register.request.firstName} becomes {@code first_name} and an element of {@code imageUrls} is
     * {@code image_urls}; a parameter of a resource method is named as the client sends it ({@code search},
     * {@code Idempotency-Key}).
     */
    static String fieldName(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                last = parameterName(violation.getRootBeanClass(), violation.getPropertyPath(),
                        node.as(Path.ParameterNode.class));
            } else if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                last = node.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            }
        }
        return last == null ? "body" : last;
    }

    /** A JAX-RS parameter's name in the request, or {@code body} for the entity. */
    private static String parameterName(Class<?> resource, Path path, Path.ParameterNode parameter) {
        Path.MethodNode method = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            }
        }
        if (method == null) {
            return "body";
        }
        // The validated instance may be a CDI subclass of the resource, whose methods carry no annotations.
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            try {
                Annotation[] annotations = type.getDeclaredMethod(method.getName(),
                        method.getParameterTypes().toArray(Class<?>[]::new))
                        .getParameterAnnotations()[parameter.getParameterIndex()];
                for (Annotation annotation : annotations) {
                    if (annotation instanceof QueryParam query) {
                        return query.value();
                    } else if (annotation instanceof PathParam pathParam) {
                        return pathParam.value();
                    } else if (annotation instanceof HeaderParam header) {
                        return header.value();
                    }
                }
                if (annotations.length > 0) {
                    return "body";
                }
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        return "body";
    }
}
