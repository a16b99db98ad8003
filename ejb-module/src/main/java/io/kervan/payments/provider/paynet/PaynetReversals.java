package io.kervan.payments.provider.paynet;

import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.payments.provider.RefundOutcome;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * PAYNET's own record of the refund requests on a transaction, read with {@code reversal_list} (status 0 waiting,
 * 3 done, 4 refused, 5 cancelled, 6 deleted). PAYNET gives a refund request no number of its own when it takes it
 * in, and Kervan makes one request per payment at a time, so the newest request on the transaction is the one under
 * way.
 */
final class PaynetReversals {

    static final int WAITING = 0;
    static final int DONE = 3;
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    /** How far back requests are looked for; the list is asked by entry day. */
    private static final int DAYS_BACK = 400;
    private static final int PAGE = 50;
    private static final int MAX_PAGES = 40;

    /** One request: its status, amount, PAYNET's reference for the refund and the note of its decision. */
    record Reversal(long id, int status, Money amount, String reversedXactId, String note) {
    }

    private final PaynetGateway gateway;
    private final PaynetAccount account;

    PaynetReversals(PaynetGateway gateway, PaynetAccount account) {
        this.gateway = gateway;
        this.account = account;
    }

    /** The requests on {@code xactId}, oldest first. */
    List<Reversal> of(String xactId) {
        LocalDate today = LocalDate.now(ISTANBUL);
        List<Reversal> found = new ArrayList<>();
        int after = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonObject answer = gateway.read(account, PaynetGateway.REVERSAL_LIST, JsonDocuments.object()
                    .add("datab", today.minusDays(DAYS_BACK).toString())
                    // a few days ahead: PAYNET dates entries by its own clock, which may be a day ahead of ours
                    .add("datbi", today.plusDays(7).toString())
                    .add("limit", PAGE).add("starting_after", after).build());
            if (PaynetJson.code(answer) != 0) {
                throw new ProviderRefusedException("PAYNET refused the refund list: " + PaynetJson.describe(answer));
            }
            List<JsonValue> rows = answer.containsKey("Data") ? answer.getJsonArray("Data") : List.of();
            rows.stream().map(JsonValue::asJsonObject).filter(r -> xactId.equals(PaynetJson.text(r, "xact_id")))
                    .map(PaynetReversals::reversal).forEach(found::add);
            if (!PaynetJson.flag(answer, "has_more") || rows.isEmpty()) {
                break;
            }
            after += rows.size();
        }
        found.sort(Comparator.comparingLong(Reversal::id));
        return found;
    }

    /** What the newest request on {@code xactId} came to. */
    RefundOutcome newestOutcome(String xactId) {
        List<Reversal> all = of(xactId);
        if (all.isEmpty()) {
            return RefundOutcome.pending(null, "PAYNET lists no refund request on the payment yet");
        }
        Reversal newest = all.get(all.size() - 1);
        return switch (newest.status()) {
            case DONE -> new RefundOutcome(RefundOutcome.Result.SUCCEEDED, newest.reversedXactId(),
                    "PAYNET approved the refund");
            case WAITING -> RefundOutcome.pending(null, "PAYNET is still reviewing the refund request");
            default -> new RefundOutcome(RefundOutcome.Result.FAILED, null, "PAYNET refused the refund request"
                    + (newest.note() == null ? "" : ": " + newest.note()));
        };
    }

    private static Reversal reversal(JsonObject row) {
        String id = PaynetJson.text(row, "reversed_id");
        String status = PaynetJson.text(row, "status");
        Money amount = PaynetJson.amount(row, "amount");
        return new Reversal(id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : 0,
                status != null && status.matches("\\d") ? Integer.parseInt(status) : -1,
                amount == null ? Money.zero(PaynetJson.CURRENCY) : amount, PaynetJson.text(row, "reversed_xact_id"),
                PaynetJson.text(row, "note"));
    }
}
