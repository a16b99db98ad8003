package io.kervan.identity.application;

import io.kervan.identity.domain.Customer;
import io.kervan.identity.domain.Customers;
import io.kervan.identity.domain.EmailAddress;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.identity.domain.PlatformOperators;
import io.kervan.identity.domain.StaffMembers;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Sign-in for the three realms and customer registration. Every sign-in passes the {@link SignInThrottle}; a wrong
 * email and a wrong password fail alike and take the same time.
 */
@Stateless
public class AuthenticationService {

    public static final String CUSTOMER_ROLE = "customer";
    public static final String OPERATOR_ROLE = "operator";

    @Inject
    TenantContext tenantContext;

    @Inject
    StaffMembers staff;

    @Inject
    Customers customers;

    @Inject
    PlatformOperators operators;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottle throttle;

    @Inject
    TokenIssuer tokens;

    @Inject
    Accounts accounts;

    public AccessToken signInStaff(String email, String password, String clientAddress) {
        return signIn(Realm.STAFF, email, password, clientAddress, staff::findByEmail,
                m -> m.canSignInWith(password), accounts::tokenFor);
    }

    public AccessToken signInCustomer(String email, String password, String clientAddress) {
        return signIn(Realm.CUSTOMER, email, password, clientAddress, customers::findByEmail,
                c -> c.canSignInWith(password), accounts::tokenFor);
    }

    public AccessToken signInOperator(String email, String password, String clientAddress) {
        return signIn(Realm.PLATFORM, email, password, clientAddress, operators::findByEmail,
                o -> o.canSignInWith(password),
                o -> tokens.issue(o.id(), o.email(), o.email(), List.of(OPERATOR_ROLE), null, 0));
    }

    public AccessToken registerCustomer(NewCustomer request) {
        String email = EmailAddress.normalize(request.email());
        if (customers.findByEmail(email).isPresent()) {
            throw new KervanException(IdentityError.EMAIL_TAKEN,
                    "An account for " + email + " already exists at this shop; sign in instead");
        }
        Customer customer = new Customer(email, hasher.hash(request.password()), request.firstName(),
                request.lastName(), request.phone());
        customers.add(customer);
        return accounts.tokenFor(customer);
    }

    private <A> AccessToken signIn(Realm realm, String email, String password, String clientAddress,
                                   Function<String, Optional<A>> find, Predicate<A> passwordMatches,
                                   Function<A, AccessToken> issue) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String accountKey = ThrottleKeys.account(realm, tenantContext.current().orElse(null), normalized);
        String addressKey = ThrottleKeys.address(clientAddress);
        throttle.requireNotLocked(accountKey, addressKey);

        Optional<A> account = find.apply(normalized);
        if (account.isEmpty()) {
            hasher.spendTimeOfACheck(password);
        }
        if (account.isEmpty() || !passwordMatches.test(account.get())) {
            throttle.recordFailure(accountKey, addressKey);
            throw new KervanException(IdentityError.INVALID_CREDENTIALS,
                    "The email or the password is wrong. Repeated failures lock sign-in for a while.");
        }
        throttle.clear(accountKey);
        return issue.apply(account.get());
    }
}
