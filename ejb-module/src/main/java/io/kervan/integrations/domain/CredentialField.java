package io.kervan.integrations.domain;

import java.util.List;
import java.util.Objects;

/**
 * One thing a shop types to connect a provider account, as the provider's adapter describes it: a credential of the
 * integration ({@link Kind#SECRET}: sealed, per mode, shown only masked), a {@code config} setting, or one of the
 * integration's two endpoints ({@code api_endpoint} live, {@code test_endpoint} test mode). {@code name} is the key
 * the adapter reads; {@code label} and {@code help} are English texts that a page may translate. A setting with
 * {@code choices} takes one of those values only (the first is the default), so a page offers them instead of a box.
 */
public record CredentialField(String name, Kind kind, boolean required, String label, String help,
                              List<String> choices) {

    public enum Kind { SECRET, SETTING, ENDPOINT }

    public CredentialField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public CredentialField(String name, Kind kind, boolean required, String label, String help) {
        this(name, kind, required, label, help, List.of());
    }

    /** A credential the mode cannot work without. */
    public static CredentialField secret(String name, String label, String help) {
        return new CredentialField(name, Kind.SECRET, true, label, help);
    }

    /** A credential the provider works without (a webhook signing secret, say). */
    public static CredentialField optionalSecret(String name, String label, String help) {
        return new CredentialField(name, Kind.SECRET, false, label, help);
    }

    public static CredentialField setting(String name, boolean required, String label, String help) {
        return new CredentialField(name, Kind.SETTING, required, label, help);
    }

    /** A setting that is one of {@code choices}, the first being what the adapter does when it is not set. */
    public static CredentialField choice(String name, String label, String help, String... choices) {
        return new CredentialField(name, Kind.SETTING, true, label, help, List.of(choices));
    }

    /** The endpoints are never required: empty means the provider's own address for the mode. */
    public static CredentialField endpoint(String name, String label, String help) {
        return new CredentialField(name, Kind.ENDPOINT, false, label, help);
    }

    public boolean secret() {
        return kind == Kind.SECRET;
    }
}
