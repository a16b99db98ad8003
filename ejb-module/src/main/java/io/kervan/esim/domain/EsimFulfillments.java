package io.kervan.esim.domain;

import java.util.Optional;
import java.util.UUID;

/** The current shop's eSIM fulfillments. */
public interface EsimFulfillments {

    void add(EsimFulfillment fulfillment);

    Optional<EsimFulfillment> find(UUID id);

    Optional<EsimFulfillment> findByOrder(UUID orderId);

    /** Whether one of the shop's fulfillments has recorded this eSIM Go order reference already. */
    boolean referenceRecorded(String providerReference);
}
