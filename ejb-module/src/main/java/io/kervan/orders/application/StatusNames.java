package io.kervan.orders.application;

import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.PaymentStatus;

import java.util.Locale;
import java.util.ResourceBundle;

/** Display names of statuses in Turkish, English or Russian (English for anything else). */
public final class StatusNames {

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private StatusNames() {
    }

    public static String of(OrderStatus status, Locale locale) {
        return bundle(locale).getString("status." + status.code());
    }

    public static String of(PaymentStatus status, Locale locale) {
        return bundle(locale).getString("payment." + status.code());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("io.kervan.orders.status", locale, StatusNames.class.getClassLoader(),
                NO_JVM_FALLBACK);
    }
}
