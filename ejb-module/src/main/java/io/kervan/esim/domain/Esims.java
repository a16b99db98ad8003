package io.kervan.esim.domain;

import java.util.List;
import java.util.UUID;

/** The current shop's eSIMs. */
public interface Esims {

    void add(Esim esim);

    /** An order's eSIMs, in the order they were recorded. */
    List<Esim> ofOrder(UUID orderId);
}
