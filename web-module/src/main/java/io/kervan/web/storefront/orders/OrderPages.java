package io.kervan.web.storefront.orders;

import io.kervan.escrow.application.EscrowDesk;
import io.kervan.esim.application.EsimDeliveries;
import io.kervan.esim.application.FulfillmentView;
import io.kervan.integrations.domain.ProviderType;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.OrderViews;
import io.kervan.payments.application.PaymentService;
import io.kervan.payments.domain.PaymentStatus;
import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Notices;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An order's own pages, opened by its signed link: {@code /orders/{id}/complete} (number, status, "paid" once the
 * payment is confirmed, the eSIMs with their QR codes as they are delivered, polled by htmx or refreshed without it;
 * an unpaid order offers to pay, again after a failed or cancelled attempt) and {@code /orders/{id}/pay} (the shop's
 * providers to choose from; posting starts the payment).
 */
@WebServlet("/orders/*")
public class OrderPages extends HttpServlet {

    private static final int REFRESH_SECONDS = 4;

    @Inject
    OrderAccess access;

    @Inject
    OrderQueries queries;

    @Inject
    EsimDeliveries deliveries;

    @Inject
    PaymentService payments;

    @Inject
    PaymentStart paymentStart;

    @Inject
    EscrowDesk escrow;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id = access.open(request);
        String step = request.getPathInfo().substring(("/" + id).length());
        if (!step.equals("/complete") && !step.equals("/pay")) {
            throw new KervanException(CommonError.NOT_FOUND, "No such page");
        }
        Locale locale = visit.language().locale();
        OrderViews.Detail order = queries.detailForStaff(id, locale);
        FulfillmentView esims = "paid".equals(order.paymentStatus()) || "delivered".equals(order.status())
                ? deliveries.findForOrder(id, null, true).orElse(null) : null;
        OrderPageView view = new OrderPageView(order, access.pagePath(id), access.payPath(id),
                payments.offeredProviders(), UUID.randomUUID().toString(), esims, problem(request),
                "paid".equals(order.paymentStatus()) ? payments.list(id, PaymentStatus.COMPLETED, null).stream()
                        .findFirst().orElse(null) : null, escrow.holdsPaymentOf(id));
        if (pages.fromHtmx()) {
            pages.fragment(response, 200, "shop/esimRegion.jte", view);
            return;
        }
        Meta meta = Meta.personal(visit.texts().text(view.paid() ? "order.title.paid" : "order.title",
                order.orderNumber()));
        pages.page(response, 200, step.equals("/pay") ? "shop/pay.jte" : "shop/order.jte",
                view.hasEsims() && !view.esimsSettled() ? meta.refreshingEvery(REFRESH_SECONDS) : meta,
                Chrome.Section.NONE, view);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UUID id = access.open(request);
        if (!request.getPathInfo().equals("/" + id + "/pay")) {
            throw new KervanException(CommonError.NOT_FOUND, "No such form");
        }
        ProviderType provider = payments.offeredProviders().stream()
                .filter(p -> p.code().equals(request.getParameter("provider"))).findFirst().orElse(null);
        String key = request.getParameter("idempotency_key");
        if (provider == null || key == null || !key.matches("[0-9a-f-]{36}")) {
            pages.seeOther(response, Notices.withProblem(access.payPath(id), "invalid"));
            return;
        }
        try {
            paymentStart.start(request, response, id, provider, key);
        } catch (KervanException refused) {
            pages.seeOther(response, Notices.withProblem(access.payPath(id), refused.errorCode().code()));
        }
    }

    /** Why the shopper is back without having paid: the provider's word on the return, or a refused start. */
    private String problem(HttpServletRequest request) {
        String status = request.getParameter("status");
        if ("failed".equals(status) || "unknown".equals(status) || "pending".equals(status)) {
            return "problem.payment_" + status;
        }
        return Notices.problem(request, visit.texts());
    }
}
