package io.kervan.web.storefront.account;

import io.kervan.esim.application.CustomerEsimView;
import io.kervan.esim.application.CustomerEsims;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.PathIds;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "My eSIMs" for the signed-in customer, from the service behind {@code GET /api/esims/}: {@code /account/esims} (each
 * eSIM's status and the data it has left, as eSIM Go last reported it) and {@code /account/esims/{id}} (its QR code
 * again, with the SM-DP+ address and activation code for installing by hand). Another customer's eSIM is the 404 page;
 * the page with the QR code is kept by no cache.
 */
@WebServlet({"/account/esims", "/account/esims/*"})
public class MyEsimsPage extends HttpServlet {

    /** The list's model. */
    public record ListView(List<CustomerEsimView> esims) {
    }

    /** One eSIM with what installs it; {@code qrCode} is a PNG data address. */
    public record DetailView(CustomerEsimView esim, CustomerEsimView.Install install, String qrCode) {
    }

    @Inject
    CustomerEsims esims;

    @Inject
    CustomerSession session;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UUID> esimId = PathIds.itemOrList(request, "No such eSIM");
        Optional<CustomerSession.Customer> customer = session.orSignIn(request, response);
        if (customer.isEmpty()) {
            return;
        }
        if (esimId.isEmpty()) {
            pages.page(response, 200, "shop/account/esims.jte", Meta.personal(visit.texts().text("esims.title")),
                    Chrome.Section.ACCOUNT, new ListView(esims.list(customer.get().id())));
            return;
        }
        CustomerEsims.Detail detail = esims.show(customer.get().id(), esimId.get());
        String qrCode = "data:image/png;base64," + Base64.getEncoder()
                .encodeToString(esims.qrCode(customer.get().id(), esimId.get()));
        // The QR code installs the eSIM: no cache may keep this page.
        response.setHeader("Cache-Control", "no-store");
        pages.page(response, 200, "shop/account/esim.jte", Meta.personal(detail.esim().bundleName()),
                Chrome.Section.ACCOUNT, new DetailView(detail.esim(), detail.install(), qrCode));
    }
}
