package io.kervan.web.storefront.orders;

import io.kervan.integrations.domain.ProviderType;
import io.kervan.payments.application.PaymentService;
import io.kervan.payments.application.StartedPaymentView;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.http.HtmlResponse;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.UUID;

/**
 * Starts paying an order through one of the shop's providers and sends the shopper on: to the provider's page (the
 * sandbox's, Stripe's, Kervan's card page for Kuveyt Türk), or writes the provider's own page. The Idempotency-Key
 * makes a repeated click the same payment.
 */
@RequestScoped
public class PaymentStart {

    @Inject
    PaymentService payments;

    @Inject
    Visit visit;

    public void start(HttpServletRequest request, HttpServletResponse response, UUID orderId, ProviderType provider,
                      String idempotencyKey) throws IOException {
        // The shopper holds the order's signed link (OrderAccess): they reach it like anyone holding its id.
        StartedPaymentView started = payments.create(orderId, provider, null, true, idempotencyKey);
        if (started.html() != null) {
            HtmlResponse.send(request, response, 200, started.html().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    visit.nonce());
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", started.paymentUrl());
    }
}
