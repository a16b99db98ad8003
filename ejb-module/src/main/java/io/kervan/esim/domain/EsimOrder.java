package io.kervan.esim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as eSIM Go keeps it: placed by {@link EsimProvider#order}, or read back from its order list. Its reference
 * is what install details ({@link EsimProvider#assignments}) are asked for by; {@code status} is eSIM Go's word
 * ("completed" once the bundles are on their eSIMs).
 */
public record EsimOrder(String reference, String status, String statusMessage, BigDecimal total, String currency,
                        Instant createdAt, List<Line> lines) {

    /** One line: a bundle, how many, its unit price, and the eSIMs it went onto (when assigned). */
    public record Line(String bundleName, int quantity, BigDecimal pricePerUnit, List<InstallDetails> esims) {

        public Line {
            esims = List.copyOf(esims);
        }
    }

    public EsimOrder {
        lines = List.copyOf(lines);
    }

    public boolean isCompleted() {
        return "completed".equalsIgnoreCase(status);
    }

    /** Every eSIM of every line. */
    public List<InstallDetails> esims() {
        return lines.stream().flatMap(l -> l.esims().stream()).toList();
    }
}
