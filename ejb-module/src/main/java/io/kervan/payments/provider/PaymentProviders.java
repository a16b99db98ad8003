package io.kervan.payments.provider;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Picks the adapter for a provider type, as callers should see it: a provider that does not answer, or that Kervan
 * did not call, is a {@link ProviderUnavailableException}, never an exception of the call guard's
 * ({@link UnansweredAsUnavailable}).
 */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    @Any
    Instance<PaymentProvider> adapters;

    public boolean supports(ProviderType type) {
        return adapters.stream().anyMatch(a -> a.type() == type);
    }

    public PaymentProvider of(ProviderType type) {
        return adapters.stream().filter(a -> a.type() == type).findFirst()
                .<PaymentProvider>map(UnansweredAsUnavailable::new)
                .orElseThrow(() -> new KervanException(PaymentError.PROVIDER_NOT_SUPPORTED,
                        "Payments through " + type.code() + " are not available yet"));
    }
}
