package io.kervan.esim.application;

import io.kervan.esim.domain.BundleStatus;
import io.kervan.esim.domain.Esims;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The usage poll's writes: which eSIMs it asks about, and what eSIM Go's bundle status said. */
@Stateless
public class EsimUsage {

    @Inject
    Esims esims;

    /** Platform work for the poll: see {@link Esims#claimUsageDueAcrossTenants}. */
    public List<Esims.Due> claimDueAcrossTenants(Instant now, Instant checkedBefore, int limit) {
        return esims.claimUsageDueAcrossTenants(now, checkedBefore, limit);
    }

    /** Records the bundle's state and data left on the current shop's eSIM; a bundle with no assignment says nothing. */
    public void record(UUID esimId, BundleStatus status) {
        esims.lock(esimId).ifPresent(esim -> status.assignmentOf(esim.providerReference()).ifPresent(a ->
                esim.usageReported(a.state().isBlank() ? esim.bundleState() : a.state(), a.initialBytes(),
                        a.remainingBytes(), a.unlimited(), Instant.now())));
    }
}
