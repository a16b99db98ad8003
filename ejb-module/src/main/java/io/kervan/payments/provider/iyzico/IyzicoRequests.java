package io.kervan.payments.provider.iyzico;

import io.kervan.payments.provider.CardDetails;
import io.kervan.payments.provider.CardKeeping;
import io.kervan.payments.provider.PaymentRequest;
import io.kervan.payments.provider.StoredCard;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.Money;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The bodies of Kervan's requests to iyzico (iyzipay-java's request models, written with JSON-P). Every payment is
 * one basket item for the whole order, so price and the basket add up exactly (paidPrice is the price, or the chosen
 * installment option's total); {@code conversationId} and
 * {@code basketId} carry Kervan's payment number; amounts are plain decimal strings, as iyzico's samples send them.
 */
final class IyzicoRequests {

    static final String CHECKOUT_FORM_INITIALIZE = "/payment/iyzipos/checkoutform/initialize/auth/ecom";
    static final String CHECKOUT_FORM_RETRIEVE = "/payment/iyzipos/checkoutform/auth/ecom/detail";
    static final String THREEDS_INITIALIZE = "/payment/3dsecure/initialize";
    static final String THREEDS_AUTH = "/payment/v2/3dsecure/auth";
    static final String PAYMENT_DETAIL = "/payment/detail";
    static final String REFUND = "/v2/payment/refund";
    static final String CANCEL = "/payment/cancel";
    static final String INSTALLMENT = "/payment/iyzipos/installment";
    static final String PAYMENT_REPORT = "/v2/reporting/payment/details";
    static final String CARD_STORAGE = "/cardstorage/card";
    /** The buyer's IP iyzico asks for: Kervan's requests carry none of the shopper's, so a neutral one. */
    private static final String IP = "127.0.0.1";

    private IyzicoRequests() {
    }

    static JsonObject checkoutForm(IyzicoAccount account, PaymentRequest request) {
        return order(account, request).add("paymentGroup", "PRODUCT")
                .add("callbackUrl", request.returnUrl()).build();
    }

    /** ThreedsInitialize with a typed card; {@code keeping} non-null asks iyzico to register it (card storage). */
    static JsonObject threeDsInitialize(IyzicoAccount account, PaymentRequest request, CardDetails card,
                                        CardKeeping keeping) {
        JsonObjectBuilder paymentCard = JsonDocuments.object().add("cardHolderName", card.holderName())
                .add("cardNumber", card.number())
                .add("expireMonth", String.format("%02d", card.expiryMonth()))
                .add("expireYear", String.valueOf(card.expiryYear())).add("cvc", card.cvv())
                .add("registerCard", keeping == null ? 0 : 1);
        if (keeping != null) {
            paymentCard.add("cardAlias", keeping.label());
            if (keeping.ownerKey() != null) {
                paymentCard.add("cardUserKey", keeping.ownerKey());
            }
        }
        return threeDsInitialize(account, request, paymentCard);
    }

    /** ThreedsInitialize with a card iyzico keeps: its {@code cardUserKey} and {@code cardToken}, no number. */
    static JsonObject threeDsInitialize(IyzicoAccount account, PaymentRequest request, StoredCard card) {
        return threeDsInitialize(account, request, JsonDocuments.object().add("cardUserKey", card.ownerKey())
                .add("cardToken", card.cardToken()));
    }

    /** Card storage's delete, {@code DELETE /cardstorage/card}, with a JSON body like every request. */
    static JsonObject deleteCard(StoredCard card) {
        return base("card-delete-" + java.util.UUID.randomUUID()).add("cardUserKey", card.ownerKey())
                .add("cardToken", card.cardToken()).build();
    }

    private static JsonObject threeDsInitialize(IyzicoAccount account, PaymentRequest request,
                                                JsonObjectBuilder paymentCard) {
        return order(account, request).add("installment", request.installments()).add("paymentChannel", "WEB")
                .add("paymentGroup", "PRODUCT").add("callbackUrl", request.returnUrl())
                .add("paymentCard", paymentCard).build();
    }

    /** ThreedsPayment (v2): iyzico checks the basket, paid price and currency against the payment it initialized. */
    static JsonObject threeDsAuth(String paymentNumber, Money amount, String paymentId, String conversationData) {
        return base(paymentNumber).add("paymentId", paymentId).add("conversationData", conversationData)
                .add("basketId", paymentNumber).add("paidPrice", plain(amount)).add("currency", amount.currency())
                .build();
    }

    static JsonObject checkoutFormRetrieve(String token) {
        return JsonDocuments.object().add("locale", "tr").add("token", token).build();
    }

    static JsonObject detail(String paymentNumber) {
        return base(paymentNumber).add("paymentConversationId", paymentNumber).build();
    }

    /** A refund whose {@code conversationId} is Kervan's refund key, so iyzico's records name it. */
    static JsonObject refund(String paymentId, Money amount, String refundKey) {
        return base(refundKey).add("paymentId", paymentId).add("price", plain(amount))
                .add("currency", amount.currency()).add("ip", IP).build();
    }

    static JsonObject cancel(String paymentId, String refundKey) {
        return base(refundKey).add("paymentId", paymentId).add("ip", IP).build();
    }

    static JsonObject installments(String bin, Money amount) {
        JsonObjectBuilder body = base(null).add("price", plain(amount)).add("currency", amount.currency());
        return (bin == null ? body : body.add("binNumber", bin)).build();
    }

    static String report(String paymentId) {
        return PAYMENT_REPORT + "?paymentId=" + java.net.URLEncoder.encode(paymentId,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonObjectBuilder order(IyzicoAccount account, PaymentRequest request) {
        String number = request.paymentNumber();
        String price = plain(request.amount());
        // paidPrice is what the card is charged: the price, or with installments the option's total (its interest)
        String paidPrice = plain(request.charged());
        String city = account.setting("buyer_city", "Istanbul");
        String country = account.setting("buyer_country", "Turkey");
        String address = account.setting("buyer_address", "-");
        return base(number).add("price", price).add("paidPrice", paidPrice)
                .add("currency", request.amount().currency()).add("basketId", number)
                .add("buyer", JsonDocuments.object().add("id", number).add("name", "Kervan").add("surname", "Buyer")
                        .add("email", request.customerEmail() == null ? "buyer@kervan.invalid"
                                : request.customerEmail())
                        .add("identityNumber", account.setting("buyer_identity_number", "11111111111"))
                        .add("registrationAddress", address).add("city", city).add("country", country).add("ip", IP))
                .add("billingAddress", address(city, country, address))
                .add("shippingAddress", address(city, country, address))
                .add("basketItems", JsonDocuments.array().add(JsonDocuments.object().add("id", number)
                        .add("name", request.description()).add("category1", "Order")
                        .add("itemType", "PHYSICAL").add("price", price)));
    }

    private static JsonObjectBuilder address(String city, String country, String address) {
        return JsonDocuments.object().add("contactName", "Kervan Buyer").add("city", city).add("country", country)
                .add("address", address);
    }

    private static JsonObjectBuilder base(String conversationId) {
        JsonObjectBuilder body = JsonDocuments.object().add("locale", "tr");
        return conversationId == null ? body : body.add("conversationId", conversationId);
    }

    static String plain(Money money) {
        return money.amount().stripTrailingZeros().toPlainString();
    }
}
