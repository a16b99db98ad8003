package io.kervan.identity.domain;

import java.util.OptionalLong;
import java.util.UUID;

/** Reads an account's current token version, cheaply and outside any transaction: every request with a token asks. */
public interface TokenVersionReader {

    /** Empty when the current shop has no such account. */
    OptionalLong current(Realm realm, UUID accountId);
}
