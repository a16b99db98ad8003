package io.kervan.identity.domain;

/** The three kinds of account, each signing in on its own endpoint. */
public enum Realm {
    CUSTOMER, STAFF, PLATFORM
}
