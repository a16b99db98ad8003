package io.kervan.devkit.simulators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A card transaction at the PAYNET simulator (what tds_charge created, succeeded or not) and the refund requests made
 * on it. PAYNET's rules (docs "İade"): a refund is a request PAYNET's operations review, so it waits until a test
 * approves or rejects it; a transaction of today can only be given back whole; requests waiting and approved never add
 * up to more than was charged. Methods are called under the simulator's lock.
 */
final class PaynetTransaction {

    static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    /** PAYNET's status data type: 0 waiting, 3 done (succeeded), 4 done (not succeeded). */
    static final int WAITING = 0;
    static final int SUCCEEDED = 3;
    static final int REFUSED = 4;

    /** A refund request: PAYNET's number for it, the amount, where to post its outcome, and its status. */
    static final class Reversal {
        final long id;
        final String reversedXactId;
        final BigDecimal amount;
        final Instant at;
        final String succeedUrl;
        int status = WAITING;
        String note;

        Reversal(long id, String reversedXactId, BigDecimal amount, Instant at, String succeedUrl) {
            this.id = id;
            this.reversedXactId = reversedXactId;
            this.amount = amount;
            this.at = at;
            this.succeedUrl = succeedUrl;
        }
    }

    final PaynetSession session;
    final long id;
    final String xactId;
    final String xactTransactionId;
    final Instant at;
    final boolean succeeded;
    final int code;
    final String message;
    final String bankErrorId;
    final PaynetRatios.Quote quote;
    final String authorizationCode;
    final String bankReferenceCode;
    final String bankOrderId;
    final List<Reversal> reversals = new ArrayList<>();
    PaynetCard savedCard;

    PaynetTransaction(PaynetSession session, long id, String xactId, Instant at, int code, String message,
                      String bankErrorId) {
        this.session = session;
        this.id = id;
        this.xactId = xactId;
        this.xactTransactionId = java.util.UUID.randomUUID().toString();
        this.at = at;
        this.succeeded = code == 0;
        this.code = code;
        this.message = message;
        this.bankErrorId = bankErrorId;
        this.quote = session.quote;
        this.authorizationCode = succeeded ? String.valueOf(100_000 + id % 900_000) : null;
        this.bankReferenceCode = succeeded ? String.valueOf(400_000_000_000L + id) : null;
        this.bankOrderId = succeeded ? "PNT" + id : null;
    }

    BigDecimal amount() {
        return quote.totalAmount();
    }

    /** What was given back, and what is waiting to be. */
    BigDecimal claimed() {
        return reversals.stream().filter(r -> r.status != REFUSED).map(r -> r.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal refunded() {
        return reversals.stream().filter(r -> r.status == SUCCEEDED).map(r -> r.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Opens a refund request; null when opened, or PAYNET's message for why not. */
    String requestReversal(BigDecimal wanted, Instant now, Reversal reversal) {
        if (!succeeded) {
            return "Başarısız işlem iade edilemez";
        }
        boolean sameDay = at.atZone(ISTANBUL).toLocalDate().equals(now.atZone(ISTANBUL).toLocalDate());
        if (sameDay && wanted.compareTo(amount()) != 0) {
            return "Aynı gün yapılan işlemlerde kısmi iade yapılamaz";
        }
        if (claimed().add(wanted).compareTo(amount()) > 0) {
            return "İade tutarı, iade edilebilir tutardan büyük olamaz";
        }
        reversals.add(reversal);
        return null;
    }

    /** The oldest request still waiting, decided. */
    Reversal decide(boolean approve, String note) {
        Reversal waiting = reversals.stream().filter(r -> r.status == WAITING).findFirst()
                .orElseThrow(() -> new IllegalStateException("no refund request waits on " + xactId));
        waiting.status = approve ? SUCCEEDED : REFUSED;
        waiting.note = note;
        return waiting;
    }
}
