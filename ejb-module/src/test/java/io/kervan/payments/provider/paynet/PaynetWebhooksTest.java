package io.kervan.payments.provider.paynet;

import io.kervan.integrations.domain.Secret;
import io.kervan.payments.provider.InvalidWebhookException;
import io.kervan.payments.provider.WebhookEvent;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaynetWebhooksTest {

    private static final Secret SECRET = Secret.of("whsec_paynet_test_0001");
    private static final String BODY = "{\"event_id\":\"evt_1\",\"event\":\"payment_succeeded\","
            + "\"xact_id\":\"xk_1\",\"reference_no\":\"PAY-SHOP-1\",\"is_succeed\":true}";
    /** printf '%s' "$BODY" | openssl dgst -sha256 -hmac whsec_paynet_test_0001 */
    private static final String SIGNATURE = "d17d7586ee75de67ea00f8fc28355119fabfb919b50d8eb92f8ab9de06e8aea3";

    @Test
    void a_body_signed_with_the_webhook_secret_is_read_as_a_payment_event() {
        String signature = SIGNATURE;
        WebhookEvent event = PaynetWebhooks.read(BODY, Map.of("x-paynet-signature", signature), SECRET);

        assertThat(event.eventId()).isEqualTo("evt_1");
        assertThat(event.transactionId()).isEqualTo("PAY-SHOP-1");
        assertThat(event.paymentSettled()).isTrue();
        assertThat(event.refundReviewed()).isFalse();
        assertThat(PaynetWebhooks.read(BODY, Map.of("x-paynet-signature", signature.toUpperCase()), SECRET)
                .eventId()).isEqualTo("evt_1");
    }

    @Test
    void a_refund_event_says_a_refund_was_reviewed() {
        String body = "{\"event_id\":\"evt_2\",\"event\":\"refund_rejected\",\"reference_no\":\"PAY-SHOP-1\"}";
        WebhookEvent event = PaynetWebhooks.read(body, Map.of("x-paynet-signature",
                java.util.HexFormat.of().formatHex(io.kervan.shared.domain.Digests.hmacSha256(SECRET.reveal(),
                        body))), SECRET);
        assertThat(event.refundReviewed()).isTrue();
        assertThat(event.paymentSettled()).isFalse();
    }

    @Test
    void a_changed_body_another_secret_a_missing_header_or_no_secret_is_refused() {
        String signature = SIGNATURE;
        assertThatThrownBy(() -> PaynetWebhooks.read(BODY.replace("PAY-SHOP-1", "PAY-SHOP-2"),
                Map.of("x-paynet-signature", signature), SECRET)).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> PaynetWebhooks.read(BODY, Map.of("x-paynet-signature", signature),
                Secret.of("whsec_other"))).isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> PaynetWebhooks.read(BODY, Map.of(), SECRET))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> PaynetWebhooks.read(BODY, Map.of("x-paynet-signature", "not hex"), SECRET))
                .isInstanceOf(InvalidWebhookException.class);
        assertThatThrownBy(() -> PaynetWebhooks.read(BODY, Map.of("x-paynet-signature", signature), null))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageNotContaining(SECRET.reveal());
    }
}
