package io.kervan.identity.application;

import io.kervan.identity.domain.Account;
import io.kervan.identity.domain.Customer;
import io.kervan.identity.domain.Customers;
import io.kervan.identity.domain.Realm;
import io.kervan.identity.domain.StaffMember;
import io.kervan.identity.domain.StaffMembers;
import io.kervan.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current shop's accounts of either realm that sign in with a password, and the tokens they are given. */
@ApplicationScoped
public class Accounts {

    @Inject
    Customers customers;

    @Inject
    StaffMembers staff;

    @Inject
    TenantContext tenantContext;

    @Inject
    TokenIssuer tokens;

    public Optional<Account> find(Realm realm, UUID id) {
        return switch (realm) {
            case CUSTOMER -> customers.find(id).map(Account.class::cast);
            case STAFF -> staff.find(id).map(Account.class::cast);
            case PLATFORM -> Optional.empty();
        };
    }

    /** @param email already normalized */
    public Optional<Account> findByEmail(Realm realm, String email) {
        return switch (realm) {
            case CUSTOMER -> customers.findByEmail(email).map(Account.class::cast);
            case STAFF -> staff.findByEmail(email).map(Account.class::cast);
            case PLATFORM -> Optional.empty();
        };
    }

    /** A token for the account at the current shop, carrying its token version as it is now. */
    public AccessToken tokenFor(Account account) {
        if (account instanceof StaffMember member) {
            return tokens.issue(member.id(), member.email(), member.email(), List.of(member.role().group()),
                    tenantContext.require(), member.tokenVersion());
        }
        Customer customer = (Customer) account;
        return tokens.issue(customer.id(), customer.principalName(), customer.email(),
                List.of(AuthenticationService.CUSTOMER_ROLE), tenantContext.require(), customer.tokenVersion());
    }
}
