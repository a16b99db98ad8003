package io.kervan.payments.provider.kuveytturk;

import io.kervan.payments.provider.CardDetails;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.Money;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The requests of Kuveyt Türk's classic XML API, as the bank's samples write them: {@code <KuveytTurkVPosMessage>}
 * for the 3-D Secure gates, and SOAP 1.1 envelopes for the VirtualPosService (refunds, status). Amounts are in minor
 * units (100 = 1.00 TL); currencies are ISO 4217 numeric codes with a leading zero.
 */
final class KuveytTurkMessages {

    static final String API_VERSION = "TDV2.0.0";
    static final String SERVICE_NAMESPACE = "http://boa.net/BOA.Integration.VirtualPos/Service";
    private static final Map<String, String> CURRENCIES = Map.of("TRY", "0949", "USD", "0840", "EUR", "0978");
    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private KuveytTurkMessages() {
    }

    /** Step one: the card, the amount and the two addresses the bank posts the 3-D Secure result to. */
    static String enrollment(KuveytTurkAccount account, String merchantOrderId, Money amount, String callbackUrl,
                             CardDetails card, String email) {
        long minor = minorUnits(amount);
        return vposMessage(element("APIVersion", API_VERSION)
                + element("OkUrl", callbackUrl)
                + element("FailUrl", callbackUrl)
                + element("HashData", KuveytTurkHash.enrollment(account.merchantId(), merchantOrderId, minor,
                callbackUrl, callbackUrl, account.userName(), account.password().reveal()))
                + identity(account)
                + element("CardNumber", card.number())
                + element("CardExpireDateYear", String.format("%02d", card.expiryYear() % 100))
                + element("CardExpireDateMonth", String.format("%02d", card.expiryMonth()))
                + element("CardCVV2", card.cvv())
                + element("CardHolderName", card.holderName())
                + element("CardType", cardType(card))
                + element("BatchID", "0")
                + element("TransactionType", "Sale")
                + element("InstallmentCount", "0")
                + element("Amount", minor)
                + element("DisplayAmount", minor)
                + element("CurrencyCode", currencyCode(amount.currency()))
                + element("MerchantOrderId", merchantOrderId)
                + element("TransactionSecurity", "3")
                + "<DeviceData>" + element("DeviceChannel", "02") + "</DeviceData>"
                + (email == null ? "" : "<CardHolderData>" + element("Email", email) + "</CardHolderData>"));
    }

    /** Step two: asks the bank to take the money that the 3-D Secure session {@code md} authorised. */
    static String provision(KuveytTurkAccount account, String merchantOrderId, Money amount, String md) {
        long minor = minorUnits(amount);
        return vposMessage(element("APIVersion", API_VERSION)
                + element("HashData", hash(account, merchantOrderId, minor))
                + identity(account)
                + element("TransactionType", "Sale")
                + element("InstallmentCount", "0")
                + element("CurrencyCode", currencyCode(amount.currency()))
                + element("Amount", minor)
                + element("MerchantOrderId", merchantOrderId)
                + element("TransactionSecurity", "3")
                + "<KuveytTurkVPosAdditionalData><AdditionalData>" + element("Key", "MD") + element("Data", md)
                + "</AdditionalData></KuveytTurkVPosAdditionalData>");
    }

    /** GetMerchantOrderDetail: every order with this MerchantOrderId in the last year. */
    static String orderDetail(KuveytTurkAccount account, String merchantOrderId) {
        LocalDateTime now = LocalDateTime.now(ISTANBUL).truncatedTo(ChronoUnit.SECONDS);
        return soap("GetMerchantOrderDetail", header(account, 0, "0")
                + element("MerchantOrderId", merchantOrderId)
                + element("StartDate", DATE_TIME.format(now.minusDays(360)))
                + element("EndDate", DATE_TIME.format(now.plusDays(1)))
                + element("TransactionType", "0")
                + serviceMessage(account, "GetMerchantOrderDetail", merchantOrderId, 0, "0949"));
    }

    /** DrawBack (all of it) or PartialDrawback: the bank's identifiers of the sale, and how much to give back. */
    static String drawBack(KuveytTurkAccount account, String operation, String merchantOrderId, Money amount,
                           Map<String, String> sale) {
        long minor = minorUnits(amount);
        return soap(operation, header(account, minor, sale.get("OrderId"))
                + element("RRN", sale.get("RRN"))
                + element("Stan", sale.get("Stan"))
                + element("ProvisionNumber", sale.get("ProvisionNumber"))
                + serviceMessage(account, operation, merchantOrderId, minor, currencyCode(amount.currency())));
    }

    static long minorUnits(Money money) {
        int digits = java.util.Currency.getInstance(money.currency()).getDefaultFractionDigits();
        return money.amount().movePointRight(digits).longValueExact();
    }

    static Money fromMinorUnits(String minor, String currency) {
        int digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        return Money.of(new BigDecimal(minor).movePointLeft(digits), currency);
    }

    static String currencyCode(String iso) {
        String code = CURRENCIES.get(iso);
        if (code == null) {
            throw new ProviderRefusedException("Kuveyt Türk takes payments in TRY, USD and EUR, not " + iso);
        }
        return code;
    }

    /** The ISO code for the bank's numeric one, which it writes both as 0949 and as 949; null when unknown. */
    static String isoCurrency(String numeric) {
        if (numeric == null || !numeric.matches("\\d{1,4}")) {
            return null;
        }
        int wanted = Integer.parseInt(numeric);
        return CURRENCIES.entrySet().stream().filter(e -> Integer.parseInt(e.getValue()) == wanted)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Visa, MasterCard or Troy, by the card number's first digits; the bank takes no other brand. */
    static String cardType(CardDetails card) {
        String number = card.number();
        int two = Integer.parseInt(number.substring(0, 2));
        int four = Integer.parseInt(number.substring(0, 4));
        if (number.startsWith("4")) {
            return "Visa";
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return "MasterCard";
        }
        if (number.startsWith("9792") || number.startsWith("65")) {
            return "Troy";
        }
        throw new InvalidInputException("card_number", "Kuveyt Türk takes Visa, MasterCard and Troy cards");
    }

    private static String hash(KuveytTurkAccount account, String merchantOrderId, long minor) {
        return KuveytTurkHash.withoutUrls(account.merchantId(), merchantOrderId, minor, account.userName(),
                account.password().reveal());
    }

    private static String identity(KuveytTurkAccount account) {
        return element("MerchantId", account.merchantId()) + element("CustomerId", account.customerId())
                + element("UserName", account.userName());
    }

    private static String header(KuveytTurkAccount account, long amount, String orderId) {
        return element("IsFromExternalNetwork", "true") + element("BusinessKey", "0") + element("ResourceId", "0")
                + element("ActionId", "0") + element("LanguageId", "0")
                + element("CustomerId", account.customerId()) + element("MailOrTelephoneOrder", "true")
                + element("Amount", amount) + element("MerchantId", account.merchantId())
                + element("OrderId", orderId == null ? "0" : orderId);
    }

    private static String serviceMessage(KuveytTurkAccount account, String type, String merchantOrderId, long amount,
                                         String currencyCode) {
        return "<VPosMessage>" + element("APIVersion", API_VERSION) + element("InstallmentMaturityCommisionFlag", "0")
                + element("HashData", hash(account, merchantOrderId, amount))
                + identity(account) + element("SubMerchantId", "0") + element("CardType", "Visa")
                + element("BatchID", "0") + element("TransactionType", type) + element("InstallmentCount", "0")
                + element("Amount", amount) + element("DisplayAmount", "0") + element("CancelAmount", amount)
                + element("MerchantOrderId", merchantOrderId) + element("FECAmount", "0")
                + element("CurrencyCode", currencyCode) + element("QeryId", "0") + element("DebtId", "0")
                + element("SurchargeAmount", "0") + element("SGKDebtAmount", "0")
                + element("TransactionSecurity", "1") + "</VPosMessage>";
    }

    private static String vposMessage(String fields) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><KuveytTurkVPosMessage "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">" + fields + "</KuveytTurkVPosMessage>";
    }

    private static String soap(String operation, String request) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<" + operation + " xmlns=\"" + SERVICE_NAMESPACE + "\"><request>" + request + "</request></"
                + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    private static String element(String name, Object value) {
        String text = value == null ? "" : value.toString().replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"", "&quot;");
        return "<" + name + ">" + text + "</" + name + ">";
    }
}
