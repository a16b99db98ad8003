package io.kervan.esim.application;

import io.kervan.esim.domain.EsimOrder;
import io.kervan.esim.domain.InstallDetails;
import io.kervan.esim.domain.OrderItem;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** An eSIM eSIM Go assigned to a fulfillment, with the bundle it carries. */
public record AssignedEsim(InstallDetails install, String bundleName) {

    /** The eSIMs an order answer (or the order read back) names, line by line. */
    public static List<AssignedEsim> of(EsimOrder order) {
        return order.lines().stream()
                .flatMap(line -> line.esims().stream().map(e -> new AssignedEsim(e, line.bundleName())))
                .toList();
    }

    /**
     * The eSIMs of an order's assignments, which name no bundle: they come in the order's item order, so the first
     * {@code quantity} carry the first item's bundle, and so on.
     */
    public static List<AssignedEsim> of(List<InstallDetails> assignments, List<OrderItem> items) {
        List<AssignedEsim> assigned = new ArrayList<>();
        Iterator<InstallDetails> esims = assignments.iterator();
        for (OrderItem item : items) {
            for (int i = 0; i < item.quantity() && esims.hasNext(); i++) {
                assigned.add(new AssignedEsim(esims.next(), item.bundleName()));
            }
        }
        return assigned;
    }
}
