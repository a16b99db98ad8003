package io.kervan.devkit.simulators;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static io.kervan.devkit.simulators.SimpleXml.element;
import static io.kervan.devkit.simulators.SimpleXml.escape;

/**
 * The simulated bank behind {@link KuveytTurkSimulator}: its merchants, 3-D Secure sessions and orders, and the rules
 * it applies. Every request is checked as the real bank would (known MerchantId, CustomerId and UserName; HashData
 * computed with the API user's password); money moves only in the provision, at most once per MD.
 */
final class KuveytTurkBank {

    record Account(String merchantId, String customerId, String userName, String password) {
    }

    /** An order the bank keeps after a provision, approved or declined. Amounts in minor units. */
    static final class Sale {
        final Account account;
        final long orderId;
        final String merchantOrderId;
        final long amount;
        final String currency;
        final String maskedCard;
        final String responseCode;
        final String provisionNumber;
        final String rrn;
        final String stan;
        final List<String> refunds = new ArrayList<>();
        long refunded;
        int lastStatus = 1;

        Sale(Account account, long orderId, String merchantOrderId, long amount, String currency, String maskedCard,
             String responseCode) {
            this.account = account;
            this.orderId = orderId;
            this.merchantOrderId = merchantOrderId;
            this.amount = amount;
            this.currency = currency;
            this.maskedCard = maskedCard;
            this.responseCode = responseCode;
            this.provisionNumber = digits(6);
            this.rrn = digits(12);
            this.stan = rrn.substring(6);
        }

        boolean approved() {
            return "00".equals(responseCode);
        }
    }

    private static final class Session {
        final Account account;
        final Map<String, String> request;
        final long orderId;
        final boolean declines;
        final String maskedCard;
        String md;
        boolean used;

        Session(Account account, Map<String, String> request, long orderId, boolean declines, String maskedCard) {
            this.account = account;
            this.request = request;
            this.orderId = orderId;
            this.declines = declines;
            this.maskedCard = maskedCard;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Session> byMd = new ConcurrentHashMap<>();
    private final List<Sale> sales = new ArrayList<>();
    private final AtomicLong orderIds = new AtomicLong(114_293_600);

    void addMerchant(Account account) {
        accounts.put(account.merchantId() + "|" + account.userName(), account);
    }

    /** Step one: checks the merchant, the hash and the card; the shopper gets the ACS page or goes to FailUrl. */
    synchronized String payGate(Map<String, String> m, String acsBase) {
        String order = m.getOrDefault("MerchantOrderId", "");
        String failUrl = m.getOrDefault("FailUrl", "");
        Account account = account(m, "");
        String amount = m.getOrDefault("Amount", "");
        if (account == null) {
            return autoPost(failUrl, callback(m, "ApiUserNotDefined", "Api kullanıcısı bulunamadı.", 0, null));
        }
        String expected = hash(account, order, amount, m.getOrDefault("OkUrl", "") + failUrl);
        if (!expected.equals(m.get("HashData"))) {
            return autoPost(failUrl, callback(m, "HashDataError", "Şifrelenen veriler (Hashdata) uyuşmamaktadır.", 0,
                    null));
        }
        String card = m.getOrDefault("CardNumber", "");
        if (!card.matches("\\d{12,19}") || !amount.matches("[1-9]\\d{0,14}") || !m.containsKey("CardCVV2")
                || !"3".equals(m.get("TransactionSecurity"))) {
            return autoPost(failUrl, callback(m, "MetaDataNotFound", "Ödeme detayı bulunamadı.", 0, null));
        }
        String masked = card.substring(0, 6) + "*".repeat(card.length() - 10) + card.substring(card.length() - 4);
        String token = digits(16);
        sessions.put(token, new Session(account, Map.copyOf(m), orderIds.incrementAndGet(),
                KuveytTurkSimulator.DECLINED_CARD.equals(card), masked));
        return "<!doctype html><html><head><meta charset=utf-8><title>3-D Secure (Kuveyt Türk simulator)</title>"
                + "</head><body><h1>3-D Secure</h1><p>Kuveyt Türk test ACS. " + escape(masked) + ", "
                + escape(amount) + " (minor units), order " + escape(order) + ".</p>"
                + "<form name=acs method=post action=\"" + escape(acsBase + token) + "\">"
                + "<label>SMS password <input type=password name=password autocomplete=one-time-code></label>"
                + "<button>Confirm</button></form></body></html>";
    }

    /** The shopper answered the ACS: the browser is sent on to OkUrl or FailUrl with AuthenticationResponse. */
    synchronized String acs(String token, String password) {
        Session session = sessions.remove(token);
        if (session == null) {
            return null;
        }
        Map<String, String> m = session.request;
        if (!KuveytTurkSimulator.ACS_PASSWORD.equals(password)) {
            return autoPost(m.get("FailUrl"), callback(m, "ThreeDSecureFailed",
                    "3D Secure doğrulaması başarısız.", session.orderId, null));
        }
        session.md = Base64.getEncoder().encodeToString(randomBytes(36));
        byMd.put(session.md, session);
        return autoPost(m.get("OkUrl"), callback(m, "00", "Kart doğrulandı.", session.orderId, session.md));
    }

    /** Step two: the provision. The MD must belong to the same merchant, order and amount, and works once. */
    synchronized String provisionGate(Map<String, String> m) {
        Account account = account(m, "");
        String order = m.getOrDefault("MerchantOrderId", "");
        String amount = m.getOrDefault("Amount", "");
        if (account == null) {
            return response("ApiUserNotDefined", "Api kullanıcısı bulunamadı.", order, 0, "");
        }
        if (!hash(account, order, amount, "").equals(m.get("HashData"))) {
            return response("HashDataError", "Şifrelenen veriler (Hashdata) uyuşmamaktadır.", order, 0, "");
        }
        String md = "MD".equals(m.get("KuveytTurkVPosAdditionalData/AdditionalData/Key"))
                ? m.get("KuveytTurkVPosAdditionalData/AdditionalData/Data") : null;
        if (md == null || md.isBlank()) {
            return response("EmptyMDException", "Geçerli bir MD değeri giriniz.", order, 0, "");
        }
        Session session = byMd.get(md);
        if (session == null || session.used || session.account != account
                || !order.equals(session.request.get("MerchantOrderId"))
                || !amount.equals(session.request.get("Amount"))
                || !same(m.get("CurrencyCode"), session.request.get("CurrencyCode"))) {
            return response("MetaDataNotFound", "Ödeme detayı bulunamadı.", order, 0, "");
        }
        session.used = true;
        Sale sale = new Sale(account, session.orderId, order, Long.parseLong(amount),
                session.request.get("CurrencyCode"), session.maskedCard, session.declines ? "51" : "00");
        sales.add(sale);
        if (!sale.approved()) {
            return response("51", "Yetersiz bakiye.", order, sale.orderId, "");
        }
        return response("00", "OTORİZASYON VERİLDİ", order, sale.orderId, element("ProvisionNumber",
                sale.provisionNumber) + element("RRN", sale.rrn) + element("Stan", sale.stan)
                + "<VPosMessage>" + element("OrderId", sale.orderId) + element("Amount", sale.amount)
                + element("CurrencyCode", sale.currency) + element("MerchantOrderId", order)
                + element("CardNumber", sale.maskedCard) + "</VPosMessage>");
    }

    /** The VirtualPosService: GetMerchantOrderDetail, DrawBack and PartialDrawback, each hash-checked. */
    synchronized String service(String operation, Map<String, String> r) {
        Account account = account(r, "VPosMessage/");
        if (account == null || !account.customerId().equals(r.get("CustomerId"))) {
            return result(operation, "ApiUserNotDefined", "Api kullanıcısı bulunamadı.", "");
        }
        String order = r.getOrDefault("VPosMessage/MerchantOrderId", "");
        if (!hash(account, order, r.getOrDefault("VPosMessage/Amount", ""), "").equals(r.get("VPosMessage/HashData"))) {
            return result(operation, "HashDataError", "Şifrelenen veriler (Hashdata) uyuşmamaktadır.", "");
        }
        if (operation.equals("GetMerchantOrderDetail")) {
            StringBuilder contracts = new StringBuilder();
            String wanted = r.getOrDefault("OrderId", "0");
            for (Sale sale : salesOf(account, r.getOrDefault("MerchantOrderId", order))) {
                if (wanted.equals("0") || wanted.equals(String.valueOf(sale.orderId))) {
                    contracts.append(contract(account, sale));
                }
            }
            return result(operation, null, null, contracts.toString());
        }
        Sale sale = salesOf(account, order).stream().filter(Sale::approved)
                .filter(s -> String.valueOf(s.orderId).equals(r.get("OrderId")) && s.rrn.equals(r.get("RRN"))
                        && s.stan.equals(r.get("Stan")) && s.provisionNumber.equals(r.get("ProvisionNumber")))
                .findFirst().orElse(null);
        if (sale == null) {
            return result(operation, "OrderNotFound", "İşlem bulunamadı.", "");
        }
        String requested = r.getOrDefault("VPosMessage/Amount", "0");
        long amount = requested.matches("\\d{1,15}") ? Long.parseLong(requested) : 0;
        boolean whole = operation.equals("DrawBack");
        if (amount <= 0 || sale.lastStatus == 4 || sale.refunded + amount > sale.amount
                || (whole && (sale.refunded > 0 || amount != sale.amount))) {
            return result(operation, "InvalidRefundAmount", "İade tutarı geçersiz.", element("ResponseCode",
                    "InvalidRefundAmount") + element("ResponseMessage", "İade tutarı geçersiz."));
        }
        sale.refunded += amount;
        sale.refunds.add(operation);
        sale.lastStatus = sale.refunded == sale.amount ? 4 : 5;
        return result(operation, null, null, element("ResponseCode", "00")
                + element("ResponseMessage", "İADE İŞLEMİ BAŞARILI")
                + element("ProvisionNumber", sale.provisionNumber)
                + element("RRN", sale.rrn) + element("Stan", sale.stan) + element("OrderId", sale.orderId)
                + element("MerchantOrderId", sale.merchantOrderId) + element("CurrencyCode", sale.currency));
    }

    /** Reads this MerchantOrderId's orders under the bank's lock. */
    synchronized <T> T inspect(String merchantOrderId, java.util.function.Function<List<Sale>, T> reader) {
        return reader.apply(sales.stream().filter(s -> s.merchantOrderId.equals(merchantOrderId)).toList());
    }

    private List<Sale> salesOf(Account account, String merchantOrderId) {
        return sales.stream().filter(s -> s.account == account && s.merchantOrderId.equals(merchantOrderId))
                .toList();
    }

    private Account account(Map<String, String> m, String prefix) {
        Account account = accounts.get(m.get(prefix + "MerchantId") + "|" + m.get(prefix + "UserName"));
        return account != null && account.customerId().equals(m.get(prefix + "CustomerId")) ? account : null;
    }

    private static String contract(Account account, Sale s) {
        return "<OrderContract>" + element("OrderId", s.orderId) + element("MerchantOrderId", s.merchantOrderId)
                + element("MerchantId", account.merchantId()) + element("CardNumber", s.maskedCard)
                + element("OrderStatus", 1) + element("LastOrderStatus", s.lastStatus)
                + element("FirstAmount", decimal(s.amount)) + element("CancelAmount", "0.00")
                + element("DrawbackAmount", decimal(s.refunded)) + element("FEC", s.currency)
                + element("ResponseCode", s.responseCode)
                + element("ResponseExplain", s.approved() ? "İşlem gerçekleştirildi." : "Yetersiz bakiye.")
                + element("ProvNumber", s.provisionNumber) + element("RRN", s.rrn) + element("Stan", s.stan)
                + element("MerchantUserName", account.userName()) + "</OrderContract>";
    }

    private static String callback(Map<String, String> m, String code, String message, long orderId, String md) {
        String order = m.getOrDefault("MerchantOrderId", "");
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><VPosTransactionResponseContract "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
                + (md == null ? "" : "<VPosMessage>" + element("OrderId", orderId) + element("OkUrl", m.get("OkUrl"))
                + element("FailUrl", m.get("FailUrl")) + element("MerchantId", m.get("MerchantId"))
                + element("CustomerId", m.get("CustomerId")) + element("UserName", m.get("UserName"))
                + element("InstallmentCount", m.getOrDefault("InstallmentCount", "0"))
                + element("Amount", m.get("Amount")) + element("MerchantOrderId", order)
                + element("CurrencyCode", m.get("CurrencyCode")) + element("TransactionSecurity", "3")
                + "</VPosMessage>")
                + element("IsEnrolled", "true") + element("IsVirtual", "false") + element("ResponseCode", code)
                + element("ResponseMessage", message) + element("OrderId", orderId)
                + element("MerchantOrderId", order) + (md == null ? "" : element("MD", md))
                + element("BusinessKey", "0") + "</VPosTransactionResponseContract>";
    }

    /** The page that posts AuthenticationResponse (URL-encoded XML, as the bank sends it) on by itself. */
    private static String autoPost(String url, String xml) {
        return "<!doctype html><html><head><meta charset=utf-8><title>Kuveyt Türk</title></head>"
                + "<body onload=\"document.forms[0].submit()\"><form method=post action=\"" + escape(url) + "\">"
                + "<input type=hidden name=AuthenticationResponse value=\""
                + escape(URLEncoder.encode(xml, StandardCharsets.UTF_8)) + "\">"
                + "<noscript><button>Continue</button></noscript></form></body></html>";
    }

    private static String response(String code, String message, String order, long orderId, String more) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><VPosTransactionResponseContract "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + element("IsEnrolled", "true")
                + element("ResponseCode", code) + element("ResponseMessage", message) + element("OrderId", orderId)
                + element("MerchantOrderId", order) + more + "</VPosTransactionResponseContract>";
    }

    private static String result(String operation, String errorCode, String errorMessage, String value) {
        String results = errorCode == null ? "<Results/>" : "<Results><Result>" + element("ErrorCode", errorCode)
                + element("ErrorMessage", errorMessage) + element("IsFriendly", "true") + "</Result></Results>";
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><" + operation
                + "Response xmlns=\"http://boa.net/BOA.Integration.VirtualPos/Service\"><" + operation + "Result>"
                + results + element("Success", errorCode == null) + "<Value>" + value + "</Value></" + operation
                + "Result></" + operation + "Response></s:Body></s:Envelope>";
    }

    /** Base64(SHA-1(MerchantId + MerchantOrderId + Amount + urls + UserName + Base64(SHA-1(password)))). */
    static String hash(Account account, String order, String amount, String urls) {
        return sha1(account.merchantId() + order + amount + urls + account.userName() + sha1(account.password()));
    }

    private static String sha1(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String currency, String other) {
        return currency != null && other != null && currency.matches("\\d{1,4}") && other.matches("\\d{1,4}")
                && Integer.parseInt(currency) == Integer.parseInt(other);
    }

    private static String decimal(long minor) {
        return java.math.BigDecimal.valueOf(minor).movePointLeft(2).toPlainString();
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
