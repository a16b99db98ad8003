package io.kervan.web.storefront;

import jakarta.servlet.http.HttpServletRequest;

/** A posted form's values as pages read them: texts trimmed and bounded, secrets as typed. */
public final class FormValues {

    /** Longer than any field allows, so a value cut here still fails its own length rule. */
    private static final int MAX_LENGTH = 1000;

    private FormValues() {
    }

    /** The field's text without surrounding spaces; empty when absent. */
    public static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : bounded(value.strip());
    }

    /** A password exactly as typed (spaces count); empty when absent. */
    public static String secret(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : bounded(value);
    }

    /** A phone number as the API takes it: spaces, dots, dashes and brackets people type are dropped. */
    public static String phone(HttpServletRequest request, String name) {
        return text(request, name).replaceAll("[\\s().-]", "");
    }

    private static String bounded(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }
}
