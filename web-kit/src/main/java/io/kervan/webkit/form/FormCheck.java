package io.kervan.webkit.form;

import io.kervan.webkit.i18n.Texts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a form makes by the very rules the API checks it with (the Bean Validation constraints of its request
 * record), and says what is wrong in the page's language, one message per field in the order the form shows them.
 * A field's message is the text {@code prefix + field + "." + constraint} ({@code account.error.password.size}) where
 * the page has one for that constraint, else {@code prefix + field}.
 *
 * @param fields          the form's fields in the order the page shows them
 * @param fieldOfProperty the form field of each request property the rules name ({@code newPassword} →
 *                        {@code new_password}); a property not named is its own field
 */
public record FormCheck(List<String> fields, Map<String, String> fieldOfProperty, String prefix) {

    public FormCheck {
        fields = List.copyOf(fields);
        fieldOfProperty = Map.copyOf(fieldOfProperty);
    }

    public <T> FormErrors check(Validator validator, T request, Texts texts) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        FormErrors errors = new FormErrors();
        for (String field : fields) {
            violations.stream().filter(v -> field.equals(fieldOf(v))).findFirst()
                    .ifPresent(v -> errors.add(field, message(texts, field, constraint(v))));
        }
        return errors;
    }

    /** The field's message for a failure of {@code constraint} (a constraint's name in lower case), as above. */
    public String message(Texts texts, String field, String constraint) {
        String specific = prefix + field + "." + constraint;
        return texts.has(specific) ? texts.text(specific) : texts.text(prefix + field);
    }

    private String fieldOf(ConstraintViolation<?> violation) {
        String property = violation.getPropertyPath().toString();
        return fieldOfProperty.getOrDefault(property, property);
    }

    private static String constraint(ConstraintViolation<?> violation) {
        return violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                .toLowerCase(Locale.ROOT);
    }
}
