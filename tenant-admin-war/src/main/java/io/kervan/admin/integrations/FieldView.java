package io.kervan.admin.integrations;

/**
 * One field of a connection form as a page shows it: its texts in the page's language, what was typed or is stored
 * (never for a secret, whose {@code masked} value is shown beside an empty "replace" field instead, null when none is
 * stored), and whether it is needed now. A setting with {@code choices} is drawn as radio buttons; an empty value
 * selects the first choice, the adapter's default.
 */
public record FieldView(String name, String label, String help, boolean secret, boolean required, String value,
                        String masked, java.util.List<Choice> choices) {

    /** One value a choice field takes, with its label in the page's language. */
    public record Choice(String value, String label) {
    }

    public boolean chosen(Choice choice) {
        return value == null || value.isEmpty() ? choices.get(0) == choice : choice.value().equals(value);
    }

    /** Addresses get the keyboard for addresses; the field stays plain text so the server is the one to judge. */
    public String inputMode() {
        return name.endsWith("endpoint") ? "url" : null;
    }
}
