package io.kervan.integrations.application;

import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;

/**
 * Tries a connected account's credentials against its provider, for {@link ConnectionTest}. Each capability that
 * talks to providers (payments, Telegram sign-in, …) contributes one for its provider types. A provider that does not
 * answer makes a failed check, not an exception.
 */
public interface CredentialTester {

    boolean handles(ProviderType type);

    CredentialCheck test(ProviderAccount account);
}
