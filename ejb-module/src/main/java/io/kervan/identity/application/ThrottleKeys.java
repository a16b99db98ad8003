package io.kervan.identity.application;

import io.kervan.tenancy.domain.TenantRef;

import java.util.Locale;

/** The keys the {@link SignInThrottle} counts failures under: one per account, one per client address. */
final class ThrottleKeys {

    private ThrottleKeys() {
    }

    /** One account: its realm, its shop (none for operators) and the name it signs in with. */
    static String account(Realm realm, TenantRef tenant, String name) {
        return "account:" + realm.name().toLowerCase(Locale.ROOT) + ":"
                + (tenant == null ? "platform" : tenant.id().toString()) + ":" + name;
    }

    static String address(String clientAddress) {
        return "address:" + clientAddress;
    }
}
