package io.kervan.identity.application;

import io.kervan.identity.domain.Realm;
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

    /** Password reset mails asked for one address of a realm and shop, whether an account has it or not. */
    static String resetMails(Realm realm, TenantRef tenant, String email) {
        return "reset:" + account(realm, tenant, email);
    }

    /** Password resets asked for from one client address. */
    static String resetRequests(String clientAddress) {
        return "reset:" + address(clientAddress);
    }
}
