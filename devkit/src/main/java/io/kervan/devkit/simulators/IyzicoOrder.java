package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.kervan.devkit.simulators.SimulatorJson.decimal;
import static io.kervan.devkit.simulators.SimulatorJson.object;
import static io.kervan.devkit.simulators.SimulatorJson.objects;
import static io.kervan.devkit.simulators.SimulatorJson.text;

/**
 * A payment request (iyzipay's CreatePaymentRequest, CreateCheckoutFormInitializeRequest) read and checked as iyzico
 * checks it: prices as JSON numbers or strings with a dot, the basket items adding up to {@code price} exactly, a
 * buyer with e-mail and identity number, a callback URL, and for a direct payment a card that passes the Luhn check.
 */
record IyzicoOrder(String conversationId, BigDecimal price, BigDecimal paidPrice, String currency, String basketId,
                   int installment, String callbackUrl, List<Item> items, Card card,
                   List<Integer> enabledInstallments) {

    static final Set<String> CURRENCIES = Set.of("TRY", "EUR", "USD", "GBP", "IRR", "NOK", "RUB", "CHF");

    record Item(String id, String name, BigDecimal price) {
    }

    /**
     * A typed card (to be kept when {@code registerCard}, for the user {@code cardUserKey} if given), or a kept one:
     * {@code cardUserKey} and {@code cardToken} with no number, which the 3-D Secure step resolves.
     */
    record Card(String holder, String number, String expireMonth, String expireYear, String cvc,
                boolean registerCard, String cardUserKey, String cardToken, String cardAlias) {

        boolean stored() {
            return cardToken != null;
        }

        /** The kept card's details in place of the tokens. */
        Card resolved(IyzicoStoredCards.Stored kept) {
            return new Card(kept.holder(), kept.number(), kept.expireMonth(), kept.expireYear(), null, false,
                    kept.cardUserKey(), kept.cardToken(), kept.alias());
        }
    }

    /** Either the order or why iyzico refuses it. */
    record Read(IyzicoOrder order, IyzicoError error) {
    }

    static Read read(JsonObject request, boolean withCard) {
        try {
            return new Read(parse(request, withCard), null);
        } catch (Refused refused) {
            return new Read(null, refused.error);
        } catch (NumberFormatException notANumber) {
            return new Read(null, IyzicoError.INVALID_REQUEST);
        }
    }

    private static IyzicoOrder parse(JsonObject r, boolean withCard) {
        BigDecimal price = positive(r, "price");
        BigDecimal paidPrice = positive(r, "paidPrice");
        String currency = text(r, "currency") == null ? "TRY" : text(r, "currency");
        if (!CURRENCIES.contains(currency)) {
            throw new Refused(IyzicoError.invalid("currency"));
        }
        int installment = integer(r, "installment", 1);
        String callbackUrl = required(r, "callbackUrl");
        JsonObject buyer = object(r, "buyer");
        if (buyer == null) {
            throw new Refused(IyzicoError.required("buyer"));
        }
        required(buyer, "email");
        required(buyer, "identityNumber");
        List<JsonObject> basket = objects(r, "basketItems");
        if (basket == null || basket.isEmpty()) {
            throw new Refused(IyzicoError.required("basketItems"));
        }
        List<Item> items = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonObject item : basket) {
            Item read = new Item(required(item, "id"), text(item, "name"), positive(item, "price"));
            items.add(read);
            sum = sum.add(read.price());
        }
        if (sum.compareTo(price) != 0) {
            throw new Refused(IyzicoError.BASKET_NOT_EQUAL_PRICE);
        }
        Card card = withCard ? card(object(r, "paymentCard")) : null;
        List<Integer> enabled = new ArrayList<>();
        if (r.get("enabledInstallments") instanceof jakarta.json.JsonArray counts) {
            counts.forEach(c -> enabled.add(Integer.parseInt(c.toString().replace("\"", ""))));
        }
        return new IyzicoOrder(text(r, "conversationId"), price, paidPrice, currency, text(r, "basketId"),
                installment, callbackUrl, List.copyOf(items), card, List.copyOf(enabled));
    }

    private static Card card(JsonObject card) {
        if (card == null) {
            throw new Refused(IyzicoError.required("paymentCard"));
        }
        if (text(card, "cardToken") != null) {
            return new Card(null, null, null, null, null, false, required(card, "cardUserKey"),
                    text(card, "cardToken"), null);
        }
        String register = text(card, "registerCard");
        if (register != null && !register.matches("[01]")) {
            throw new Refused(IyzicoError.invalid("registerCard"));
        }
        Card read = new Card(required(card, "cardHolderName"), required(card, "cardNumber"),
                required(card, "expireMonth"), required(card, "expireYear"), required(card, "cvc"),
                "1".equals(register), text(card, "cardUserKey"), null, text(card, "cardAlias"));
        if (!CardNumbers.valid(read.number())) {
            throw new Refused(IyzicoError.INVALID_CARD_NUMBER);
        }
        return read;
    }

    private static BigDecimal positive(JsonObject r, String name) {
        BigDecimal value = decimal(r, name);
        if (value == null) {
            throw new Refused(IyzicoError.required(name));
        }
        if (value.signum() <= 0) {
            throw new Refused(IyzicoError.invalid(name));
        }
        return value;
    }

    private static String required(JsonObject r, String name) {
        String value = text(r, name);
        if (value == null) {
            throw new Refused(IyzicoError.required(name));
        }
        return value;
    }

    private static int integer(JsonObject r, String name, int otherwise) {
        String value = text(r, name);
        if (value == null) {
            return otherwise;
        }
        if (!value.matches("\\d{1,2}")) {
            throw new Refused(IyzicoError.invalid(name));
        }
        return Integer.parseInt(value);
    }

    private static final class Refused extends RuntimeException {
        private final transient IyzicoError error;

        Refused(IyzicoError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }
    }
}
