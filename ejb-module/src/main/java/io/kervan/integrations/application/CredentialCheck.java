package io.kervan.integrations.application;

/** Whether the provider accepted the keys, and a message a person can act on (never the keys themselves). */
public record CredentialCheck(boolean ok, String message) {
}
