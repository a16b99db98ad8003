package io.kervan.esim.domain;

import java.util.Locale;

/**
 * How far a paid order's eSIMs are: {@code queued} (nothing bought yet), {@code ordering} (an eSIM Go order is being
 * placed, so one may exist), {@code assigning} (bought; waiting for eSIM Go to put the bundles on eSIMs),
 * {@code delivered} (recorded and mailed), {@code failed} (given up; staff may retry), {@code cancelled} (the order
 * was cancelled or refunded before anything was bought).
 */
public enum FulfillmentStatus {
    QUEUED, ORDERING, ASSIGNING, DELIVERED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == DELIVERED || this == FAILED || this == CANCELLED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
