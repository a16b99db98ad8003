package io.kervan.esim.application;

import io.kervan.esim.provider.EsimProvider;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.application.CredentialTester;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/** Tests an eSIM Go key by reading one bundle of the catalogue: a call that buys nothing and costs nothing. */
@ApplicationScoped
public class EsimGoCredentialTester implements CredentialTester {

    @Inject
    EsimProvider esimGo;

    @Override
    public boolean handles(ProviderType type) {
        return type == ProviderType.ESIMGO;
    }

    @Override
    public CredentialCheck test(ProviderAccount account) {
        try {
            esimGo.catalogue(EsimGoSettings.of(account).account(), 1, 1);
            return new CredentialCheck(true, "eSIM Go accepted the " + account.mode().name().toLowerCase(Locale.ROOT)
                    + " key");
        } catch (KervanException refusedOrUnanswered) {
            return new CredentialCheck(false, refusedOrUnanswered.detail());
        }
    }
}
