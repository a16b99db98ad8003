package io.kervan.esim.application;

import io.kervan.esim.provider.EsimProvider;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.application.CredentialTester;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tests an eSIM Go integration: its settings as the eSIM capability reads them ({@link EsimGoSettings}: a key for the
 * mode, a known currency), then the key through the adapter's {@code checkCredentials}.
 */
@ApplicationScoped
public class EsimGoCredentialTester implements CredentialTester {

    @Inject
    EsimProvider esim;

    @Override
    public boolean handles(ProviderType type) {
        return type == ProviderType.ESIMGO;
    }

    @Override
    public CredentialCheck test(ProviderAccount account) {
        EsimGoSettings settings;
        try {
            settings = EsimGoSettings.of(account);
        } catch (KervanException unusable) {
            return new CredentialCheck(false, unusable.detail());
        }
        return esim.checkCredentials(settings.account());
    }
}
