package io.kervan.payments.provider.kuveytturk;

import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.ProviderOutcome;
import io.kervan.payments.provider.ProviderRefusedException;
import io.kervan.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the bank's GetMerchantOrderDetail answer (shape as quoted by third-party libraries) reads for Kervan. */
class KuveytTurkOrdersTest {

    private static final KuveytTurkAccount ACCOUNT = new KuveytTurkAccount(java.util.UUID.randomUUID(), "496", "400235", "apiuser1",
            Secret.of("Api123"), "http://bank", "http://bank/service");

    private static KuveytTurkOrders answering(String result) {
        return new KuveytTurkOrders(new KuveytTurkGateway() {
            @Override
            public XmlNode orderDetail(KuveytTurkAccount account, String envelope) {
                return XmlNode.parse("<GetMerchantOrderDetailResult>" + result + "</GetMerchantOrderDetailResult>");
            }
        }, ACCOUNT);
    }

    private static String order(String status, String responseCode, String drawback) {
        return "<Results/><Success>true</Success><Value><OrderContract><OrderId>114293600</OrderId>"
                + "<MerchantOrderId>P-1</MerchantOrderId><FirstAmount>129.90</FirstAmount>"
                + "<DrawbackAmount>" + drawback + "</DrawbackAmount><CancelAmount>0.00</CancelAmount><FEC>0949</FEC>"
                + "<LastOrderStatus>" + status + "</LastOrderStatus><ResponseCode>" + responseCode + "</ResponseCode>"
                + "<ResponseExplain>İşlem gerçekleştirildi.</ResponseExplain><ProvNumber>241839</ProvNumber>"
                + "<RRN>318923298433</RRN><Stan>298433</Stan></OrderContract></Value>";
    }

    @Test
    void a_sale_succeeds_with_its_amount_and_the_identifiers_refunds_need() {
        KuveytTurkOrders.Order sale = answering(order("1", "00", "0.00")).find("P-1");
        assertThat(sale.outcome().result()).isEqualTo(ProviderOutcome.Result.SUCCEEDED);
        assertThat(sale.outcome().amount()).isEqualTo(Money.of(new BigDecimal("129.90"), "TRY"));
        assertThat(sale.references()).containsEntry("OrderId", "114293600").containsEntry("ProvisionNumber", "241839")
                .containsEntry("RRN", "318923298433").containsEntry("Stan", "298433");
        assertThat(sale.refunded().isZero()).isTrue();
    }

    @Test
    void refunded_cancelled_and_failed_orders_are_not_paid_and_partial_refunds_are_counted() {
        assertThat(answering(order("4", "00", "129.90")).find("P-1").outcome().result())
                .isEqualTo(ProviderOutcome.Result.DECLINED);
        assertThat(answering(order("6", "00", "0.00")).find("P-1").outcome().result())
                .isEqualTo(ProviderOutcome.Result.DECLINED);
        assertThat(answering(order("1", "51", "0.00")).find("P-1").outcome().result())
                .isEqualTo(ProviderOutcome.Result.DECLINED);
        KuveytTurkOrders.Order partly = answering(order("5", "00", "29.90")).find("P-1");
        assertThat(partly.outcome().result()).isEqualTo(ProviderOutcome.Result.SUCCEEDED);
        assertThat(partly.refunded()).isEqualTo(Money.of(new BigDecimal("29.90"), "TRY"));
    }

    @Test
    void no_order_is_nothing_yet_and_a_credential_error_is_a_refusal() {
        assertThat(answering("<Results/><Success>true</Success><Value/>").find("P-1")).isNull();
        String refused = "<Results><Result><ErrorCode>ApiUserNotDefined</ErrorCode><ErrorMessage>Api kullanıcısı "
                + "bulunamadı.</ErrorMessage></Result></Results><Success>false</Success><Value/>";
        assertThat(answering(refused).errorFor("P-1")).isEqualTo("ApiUserNotDefined");
        assertThatThrownBy(() -> answering(refused).find("P-1")).isInstanceOf(ProviderRefusedException.class)
                .hasMessageContaining("ApiUserNotDefined");
    }
}
