package io.kervan.identity.application;

import io.kervan.identity.domain.Realm;

import java.util.UUID;

/** An account's token version was raised: every token it was given before ends when the transaction commits. */
public record TokensEnded(Realm realm, UUID accountId) {
}
