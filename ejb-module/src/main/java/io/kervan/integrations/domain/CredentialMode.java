package io.kervan.integrations.domain;

/** Which set of keys a secret belongs to; both are kept, so switching between test and live needs no re-entry. */
public enum CredentialMode {
    TEST, LIVE
}
