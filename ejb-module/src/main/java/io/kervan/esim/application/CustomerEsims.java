package io.kervan.esim.application;

import io.kervan.esim.domain.EsimError;
import io.kervan.esim.domain.Esims;
import io.kervan.shared.domain.KervanException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * "My eSIMs": a signed-in customer's eSIMs with their usage as eSIM Go last reported it (usage callbacks and the poll
 * keep it current; reading it calls nobody), and each one's install details and QR code again. Another customer's
 * eSIM, or another shop's, is not found.
 */
@Stateless
public class CustomerEsims {

    /** More than a traveller buys in years; the list needs no pages. */
    static final int LIMIT = 200;

    public record Detail(CustomerEsimView esim, CustomerEsimView.Install install) {
    }

    @Inject
    Esims esims;

    public List<CustomerEsimView> list(UUID customerId) {
        return esims.ofCustomer(customerId, LIMIT).stream().map(CustomerEsimView::of).toList();
    }

    public Detail show(UUID customerId, UUID esimId) {
        Esims.Owned owned = owned(customerId, esimId);
        return new Detail(CustomerEsimView.of(owned), CustomerEsimView.Install.of(owned.esim()));
    }

    /** The QR code a phone scans to install the eSIM, as a PNG. */
    public byte[] qrCode(UUID customerId, UUID esimId) {
        return QrCodes.png(owned(customerId, esimId).esim().lpa());
    }

    private Esims.Owned owned(UUID customerId, UUID esimId) {
        return esims.ofCustomer(customerId, esimId).orElseThrow(() -> new KervanException(EsimError.ESIM_NOT_FOUND,
                "You have no eSIM " + esimId));
    }
}
