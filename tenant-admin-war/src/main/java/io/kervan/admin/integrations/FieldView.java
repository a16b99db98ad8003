package io.kervan.admin.integrations;

/**
 * One field of a connection form as a page shows it: its texts in the page's language, what was typed or is stored
 * (never for a secret, whose {@code masked} value is shown beside an empty "replace" field instead, null when none is
 * stored), and whether it is needed now.
 */
public record FieldView(String name, String label, String help, boolean secret, boolean required, String value,
                        String masked) {

    /** Addresses get the keyboard for addresses; the field stays plain text so the server is the one to judge. */
    public String inputMode() {
        return name.endsWith("endpoint") ? "url" : null;
    }
}
