package io.kervan.identity.application;

import io.kervan.identity.domain.Customer;
import io.kervan.identity.domain.Customers;
import io.kervan.identity.domain.IdentityError;
import io.kervan.identity.domain.Realm;
import io.kervan.identity.domain.TelegramLogin;
import io.kervan.identity.provider.TelegramBot;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.KervanException;
import io.kervan.tenancy.application.TenantContext;
import io.kervan.tenancy.domain.TenantRef;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Customers sign in with the data of Telegram's login widget. It counts only when Telegram signed it with the shop's
 * own bot token (the {@code api_key} of the shop's {@code telegram} integration) and vouched for the user recently
 * ({@code kervan.telegram.max-auth-age}). The Telegram account then finds its customer at this shop, or becomes a new
 * one; a signed-in customer links it to their account instead. Failures count towards the {@link SignInThrottle}
 * like wrong passwords.
 */
@Stateless
public class TelegramSignIn {

    private static final Pattern BOT_ID = Pattern.compile("[0-9]{3,20}");

    @Inject
    TenantContext tenantContext;

    @Inject
    Customers customers;

    @Inject
    IntegrationRegistry integrations;

    @Inject
    TelegramBot telegram;

    @Inject
    SignInThrottle throttle;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "kervan.telegram.max-auth-age", defaultValue = "PT1H")
    Duration maxAuthAge;

    /**
     * @param widgetData       every field the widget gave, {@code hash} included, as text
     * @param signedInCustomer the customer whose token came along, whose account the Telegram account is linked to;
     *                         null for a plain sign-in
     */
    public AccessToken signIn(Map<String, String> widgetData, UUID signedInCustomer, String clientAddress) {
        TenantRef tenant = tenantContext.require();
        TelegramLogin login = TelegramLogin.of(widgetData);
        ProviderAccount bot = botAccount();
        String accountKey = ThrottleKeys.account(Realm.CUSTOMER, tenant, "telegram:" + login.userId());
        String addressKey = ThrottleKeys.address(clientAddress);
        throttle.requireNotLocked(accountKey, addressKey);
        if (!telegram.signed(login, bot)) {
            throttle.recordFailure(accountKey, addressKey);
            throw new KervanException(IdentityError.INVALID_TELEGRAM_LOGIN, "The Telegram login was not signed by "
                    + "this shop's bot; sign in with the shop's Telegram button again");
        }
        if (!login.isFreshAt(Instant.now(), maxAuthAge)) {
            throttle.recordFailure(accountKey, addressKey);
            throw new KervanException(IdentityError.INVALID_TELEGRAM_LOGIN, "The Telegram login is more than "
                    + inWords(maxAuthAge) + " old (or from the future); sign in with Telegram again");
        }
        Customer customer = signedInCustomer == null ? findOrCreate(login) : link(signedInCustomer, login);
        throttle.clear(accountKey);
        return accounts.tokenFor(customer);
    }

    /**
     * The public id of the shop's bot, for the storefront's Telegram button: the number before the colon of its token,
     * which is the bot's Telegram user id and which Telegram's login window shows in its own address anyway. Nothing
     * after the colon leaves this method. Empty when the shop has connected no bot.
     */
    public Optional<String> loginBotId() {
        return integrations.accountFor(ProviderType.TELEGRAM)
                .map(account -> account.credentials().get(TelegramBot.BOT_TOKEN))
                .map(token -> token.reveal().split(":", 2)[0])
                .filter(id -> BOT_ID.matcher(id).matches());
    }

    private Customer findOrCreate(TelegramLogin login) {
        Optional<Customer> known = customers.findByTelegramUserId(login.userId());
        if (known.isPresent()) {
            known.get().signedInWithTelegram(login.account());
            return known.get();
        }
        Customer customer = Customer.fromTelegram(login.account(), login.firstName(), login.lastName());
        customers.add(customer);
        return customer;
    }

    private Customer link(UUID customerId, TelegramLogin login) {
        Optional<Customer> owner = customers.findByTelegramUserId(login.userId());
        if (owner.isPresent() && !owner.get().id().equals(customerId)) {
            throw new KervanException(IdentityError.TELEGRAM_ALREADY_LINKED, "This Telegram account belongs to "
                    + "another customer of this shop; sign out and sign in with Telegram to use that account");
        }
        Customer customer = customers.find(customerId).orElseThrow(() -> new KervanException(
                IdentityError.INVALID_CREDENTIALS, "The account of your token no longer exists; sign in again"));
        customer.signedInWithTelegram(login.account());
        return customer;
    }

    private static String inWords(Duration age) {
        return age.toMinutes() >= 2 ? age.toMinutes() + " minutes" : age.toSeconds() + " seconds";
    }

    /** The shop's Telegram bot, which must have a token. */
    private ProviderAccount botAccount() {
        return integrations.accountFor(ProviderType.TELEGRAM)
                .filter(account -> account.credentials().get(TelegramBot.BOT_TOKEN) != null)
                .orElseThrow(() -> new KervanException(IdentityError.TELEGRAM_NOT_CONNECTED, "This shop does not "
                        + "offer Telegram sign-in: its staff have not connected a Telegram bot (a telegram integration "
                        + "with the bot token as api_key)"));
    }
}
