package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One eSIM Go organisation of the simulator (one API key): its balance, its orders (newest first, as the order list
 * shows them) and its eSIMs with the bundles applied to them. Methods are synchronized: requests of one organisation
 * are served one at a time, as a real balance would be debited.
 */
final class EsimGoOrganisation {

    static final String SMDP_ADDRESS = "smdp.esimgo-simulator.invalid";
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Starts from the clock, so a simulator started again (the run command keeps Kervan's data across restarts, not
     * the simulator's) never hands out an ICCID it gave before.
     */
    private static final AtomicLong ICCIDS = new AtomicLong(System.currentTimeMillis());

    /** A bundle on an eSIM; quantities in bytes, as eSIM Go's bundle status and callbacks count them. */
    static final class Applied {
        final String id = UUID.randomUUID().toString();
        final String reference;
        final EsimGoCatalogue.Bundle bundle;
        final long initialBytes;
        final Instant assignedAt = Instant.now();
        final Instant readyAt;
        long remainingBytes;
        boolean used;

        Applied(String reference, EsimGoCatalogue.Bundle bundle, Instant readyAt) {
            this.reference = reference;
            this.bundle = bundle;
            this.initialBytes = bundle.unlimited() ? 0 : bundle.dataMb() * 1_000_000L;
            this.remainingBytes = initialBytes;
            this.readyAt = readyAt;
        }

        /** processing (while slow), queued (not used yet), active, depleted. */
        String state() {
            if (Instant.now().isBefore(readyAt)) {
                return "processing";
            }
            return !used ? "queued" : !bundle.unlimited() && remainingBytes <= 0 ? "depleted" : "active";
        }
    }

    record Esim(String iccid, String matchingId, List<Applied> bundles) {
    }

    record Line(EsimGoCatalogue.Bundle bundle, int quantity, List<String> iccids) {

        BigDecimal subTotal() {
            return bundle.price().multiply(BigDecimal.valueOf(quantity));
        }
    }

    record Order(String reference, List<Line> lines, BigDecimal total, Instant createdAt, Instant readyAt,
                 boolean assigned) {

        boolean ready() {
            return !Instant.now().isBefore(readyAt);
        }
    }

    private BigDecimal balance = new BigDecimal("10000.00");
    private final List<Order> orders = new ArrayList<>();
    private final Map<String, Esim> esims = new LinkedHashMap<>();

    synchronized BigDecimal balance() {
        return balance;
    }

    synchronized void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    /** Places a paid order; each unit of each line goes onto a new eSIM when {@code assign}. */
    synchronized Order place(List<Line> requested, boolean assign, Instant readyAt) {
        String reference = UUID.randomUUID().toString();
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Line line : requested) {
            List<String> iccids = new ArrayList<>();
            for (int i = 0; assign && i < line.quantity(); i++) {
                // Onto the eSIMs the order named, else onto new ones.
                Esim esim = i < line.iccids().size() ? esims.get(line.iccids().get(i))
                        : new Esim(nextIccid(), matchingId(), new ArrayList<>());
                esim.bundles().add(new Applied(reference, line.bundle(), readyAt));
                esims.put(esim.iccid(), esim);
                iccids.add(esim.iccid());
            }
            lines.add(new Line(line.bundle(), line.quantity(), List.copyOf(iccids)));
            total = total.add(line.subTotal());
        }
        balance = balance.subtract(total);
        Order order = new Order(reference, List.copyOf(lines), total, Instant.now(), readyAt, assign);
        orders.add(0, order);
        return order;
    }

    synchronized List<Order> orders() {
        return List.copyOf(orders);
    }

    synchronized Order order(String reference) {
        return orders.stream().filter(o -> o.reference().equals(reference)).findFirst().orElse(null);
    }

    synchronized Esim esim(String iccid) {
        return esims.get(iccid);
    }

    /** Uses data on an eSIM's first bundle that still has some; answers it, or null when there is none. */
    synchronized Applied use(String iccid, long bytes) {
        Esim esim = esims.get(iccid);
        if (esim == null) {
            return null;
        }
        for (Applied applied : esim.bundles()) {
            if (!"depleted".equals(applied.state()) && !"processing".equals(applied.state())) {
                applied.used = true;
                applied.remainingBytes = Math.max(0, applied.remainingBytes - bytes);
                return applied;
            }
        }
        return null;
    }

    /** 19 digits: 8944 (telecom, UK), a running number, and a Luhn check digit. */
    private static String nextIccid() {
        String body = "89440" + String.format("%013d", ICCIDS.incrementAndGet());
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    private static String matchingId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        return String.join("-", hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12), hex.substring(12));
    }
}
