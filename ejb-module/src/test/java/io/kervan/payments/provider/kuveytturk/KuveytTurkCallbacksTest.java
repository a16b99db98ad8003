package io.kervan.payments.provider.kuveytturk;

import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class KuveytTurkCallbacksTest {

    private static final String ORDER = "PAY-DEMO-20261123-0A1B2C3D";
    private static final Money AMOUNT = Money.of(new BigDecimal("129.90"), "TRY");

    private static String response(String code, String order, String amount, String currency, String md) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><AuthenticationResponse "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><VPosMessage><MerchantOrderId>" + order
                + "</MerchantOrderId><Amount>" + amount + "</Amount><CurrencyCode>" + currency + "</CurrencyCode>"
                + "</VPosMessage><ResponseCode>" + code + "</ResponseCode><ResponseMessage>Kart doğrulandı."
                + "</ResponseMessage><MerchantOrderId>" + order + "</MerchantOrderId><OrderId>4480</OrderId>"
                + (md == null ? "" : "<MD>" + md + "</MD>") + "</AuthenticationResponse>";
    }

    private static String encoded(String xml) {
        return URLEncoder.encode(xml, StandardCharsets.UTF_8);
    }

    @Test
    void an_authenticated_response_for_this_payment_gives_its_md_for_the_provision() {
        var verdict = KuveytTurkCallbacks.check(encoded(response("00", ORDER, "12990", "0949", "ab+c/d==")), ORDER,
                AMOUNT);
        assertThat(verdict.outcome()).isNull();
        assertThat(verdict.md()).isEqualTo("ab+c/d==");
        // The bank also writes the currency without its leading zero; plain XML is read as well.
        assertThat(KuveytTurkCallbacks.check(response("00", ORDER, "12990", "949", "m"), ORDER, AMOUNT).md())
                .isEqualTo("m");
    }

    @Test
    void a_changed_amount_currency_or_order_changes_nothing() {
        assertThat(KuveytTurkCallbacks.check(encoded(response("00", ORDER, "100", "0949", "m")), ORDER, AMOUNT)
                .outcome().result()).isEqualTo(ProviderOutcome.Result.PENDING);
        assertThat(KuveytTurkCallbacks.check(encoded(response("00", ORDER, "12990", "0840", "m")), ORDER, AMOUNT)
                .outcome().result()).isEqualTo(ProviderOutcome.Result.PENDING);
        var other = KuveytTurkCallbacks.check(encoded(response("00", "PAY-DEMO-20261123-FFFFFFFF", "12990", "0949",
                "m")), ORDER, AMOUNT);
        assertThat(other.outcome().result()).isEqualTo(ProviderOutcome.Result.PENDING);
        assertThat(other.md()).isNull();
    }

    @Test
    void a_failed_3d_secure_about_this_payment_is_a_decline() {
        var verdict = KuveytTurkCallbacks.check(encoded(response("HashDataError", ORDER, "12990", "0949", null)),
                ORDER, AMOUNT);
        assertThat(verdict.outcome().result()).isEqualTo(ProviderOutcome.Result.DECLINED);
        assertThat(verdict.outcome().message()).startsWith("3-D Secure failed: HashDataError");
    }

    @Test
    void a_missing_md_garbage_or_a_doctype_changes_nothing() {
        assertThat(KuveytTurkCallbacks.check(encoded(response("00", ORDER, "12990", "0949", null)), ORDER, AMOUNT)
                .outcome().result()).isEqualTo(ProviderOutcome.Result.PENDING);
        assertThat(KuveytTurkCallbacks.check("not xml", ORDER, AMOUNT).outcome().result())
                .isEqualTo(ProviderOutcome.Result.PENDING);
        assertThat(KuveytTurkCallbacks.check(null, ORDER, AMOUNT).outcome().result())
                .isEqualTo(ProviderOutcome.Result.PENDING);
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<AuthenticationResponse><MerchantOrderId>&x;</MerchantOrderId></AuthenticationResponse>";
        assertThat(KuveytTurkCallbacks.check(entity, ORDER, AMOUNT).outcome().message()).contains("not XML");
    }
}
