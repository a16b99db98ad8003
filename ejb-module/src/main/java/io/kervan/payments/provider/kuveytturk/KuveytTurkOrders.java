package io.kervan.payments.provider.kuveytturk;

import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The bank's record of an order, read with GetMerchantOrderDetail by MerchantOrderId. LastOrderStatus: 1 sale,
 * 4 refunded, 5 partly refunded, 6 cancelled; amounts in this answer are decimals in major units.
 */
final class KuveytTurkOrders {

    /** One order at the bank: what it means for a Kervan payment, its identifiers, and what was given back. */
    record Order(ProviderOutcome outcome, Map<String, String> references, Money refunded) {
    }

    private final KuveytTurkGateway gateway;
    private final KuveytTurkAccount account;

    KuveytTurkOrders(KuveytTurkGateway gateway, KuveytTurkAccount account) {
        this.gateway = gateway;
        this.account = account;
    }

    /** The bank's order for {@code merchantOrderId}, an approved one first; null when the bank has none. */
    Order find(String merchantOrderId) {
        XmlNode result = query(merchantOrderId);
        List<XmlNode> orders = result.at("Value").children("OrderContract");
        if (orders.isEmpty()) {
            String error = result.text("Results", "Result", "ErrorCode");
            if (error != null) {
                throw new ProviderRefusedException("Kuveyt Türk refused the status query: " + KuveytTurkProvider
                        .describe(error, result.text("Results", "Result", "ErrorMessage")));
            }
            return null;
        }
        return read(orders.stream().filter(o -> "00".equals(o.text("ResponseCode"))).findFirst()
                .orElse(orders.get(0)));
    }

    /** The error code the bank answers a query with (a wrong API user or password), or null. */
    String errorFor(String merchantOrderId) {
        return query(merchantOrderId).text("Results", "Result", "ErrorCode");
    }

    private XmlNode query(String merchantOrderId) {
        return gateway.orderDetail(account, KuveytTurkMessages.orderDetail(account, merchantOrderId));
    }

    private static Order read(XmlNode order) {
        String currency = KuveytTurkMessages.isoCurrency(order.text("FEC"));
        if (currency == null) {
            throw new ProviderRefusedException("Kuveyt Türk answered an order in an unknown currency");
        }
        Money paid = amount(order.text("FirstAmount"), currency);
        Money refunded = amount(order.text("DrawbackAmount"), currency)
                .plus(amount(order.text("CancelAmount"), currency));
        Map<String, String> references = KuveytTurkProvider.references(order, "ProvNumber");
        String code = order.text("ResponseCode");
        String status = order.text("LastOrderStatus");
        ProviderOutcome outcome;
        if (!"00".equals(code)) {
            outcome = new ProviderOutcome(ProviderOutcome.Result.DECLINED, paid,
                    KuveytTurkProvider.describe(code, order.text("ResponseExplain")));
        } else {
            outcome = switch (status == null ? "" : status) {
                case "1" -> new ProviderOutcome(ProviderOutcome.Result.SUCCEEDED, paid, "sale", references);
                case "5" -> new ProviderOutcome(ProviderOutcome.Result.SUCCEEDED, paid,
                        "sale, partly refunded at the bank", references);
                case "4" -> new ProviderOutcome(ProviderOutcome.Result.DECLINED, paid, "refunded at the bank");
                case "6" -> new ProviderOutcome(ProviderOutcome.Result.DECLINED, paid, "cancelled at the bank");
                default -> new ProviderOutcome(ProviderOutcome.Result.PENDING, paid, "order status " + status);
            };
        }
        return new Order(outcome, references, refunded);
    }

    private static Money amount(String decimal, String currency) {
        return decimal == null ? Money.zero(currency)
                : Money.of(new BigDecimal(decimal).stripTrailingZeros().max(BigDecimal.ZERO), currency);
    }
}
