package io.kervan.webkit.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field in the order the form shows them: the error summary lists
 * them (each linking to its field) and each field shows its own.
 */
public final class FormErrors {

    /** One problem; {@code field} is the input's name, which is also its id. */
    public record Problem(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Keeps the first problem of a field. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The field's problem, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    public List<Problem> all() {
        List<Problem> problems = new ArrayList<>();
        byField.forEach((field, message) -> problems.add(new Problem(field, message)));
        return problems;
    }
}
