package io.kervan.web.storefront.account;

import io.kervan.payments.application.SavedCardService;
import io.kervan.payments.application.SavedCardView;
import io.kervan.payments.domain.PaymentError;
import io.kervan.shared.domain.KervanException;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Notices;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /account/cards}: the cards the signed-in customer saved in this shop (brand, last four digits, expiry where
 * known), each with a Delete button: a POST of the service behind {@code DELETE /api/auth/me/cards/{id}/}, which
 * deletes the card at the provider first. When the provider does not answer or refuses, the card stays listed and the
 * page says so (post, redirect, get).
 */
@WebServlet(SavedCardsPage.PATH)
public class SavedCardsPage extends HttpServlet {

    public static final String PATH = "/account/cards";

    /** The page's model. */
    public record View(List<SavedCardView> cards, String notice, String problem) {
    }

    @Inject
    SavedCardService cards;

    @Inject
    CustomerSession session;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CustomerSession.Customer> customer = session.orSignIn(request, response);
        if (customer.isEmpty()) {
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        pages.page(response, 200, "shop/account/cards.jte", Meta.personal(visit.texts().text("cards.title")),
                Chrome.Section.ACCOUNT, new View(cards.ofCustomer(customer.get().id()),
                        Notices.notice(request, visit.texts()), Notices.problem(request, visit.texts())));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<CustomerSession.Customer> customer = session.orSignIn(request, response);
        if (customer.isEmpty()) {
            return;
        }
        Optional<UUID> card = PathIds.uuid(request.getParameter("card_id"));
        if (card.isEmpty()) {
            pages.seeOther(response, Notices.withProblem(PATH, "card_not_found"));
            return;
        }
        try {
            cards.delete(customer.get().id(), card.get());
        } catch (KervanException refused) {
            pages.seeOther(response, Notices.withProblem(PATH, problem(refused)));
            return;
        }
        pages.seeOther(response, Notices.withNotice(PATH, "card_deleted"));
    }

    private static String problem(KervanException refused) {
        if (refused.errorCode() == PaymentError.PROVIDER_UNAVAILABLE) {
            return "card_provider_unavailable";
        }
        if (refused.errorCode() == PaymentError.PROVIDER_REFUSED) {
            return "card_provider_refused";
        }
        if (refused.errorCode() == PaymentError.SAVED_CARD_NOT_FOUND) {
            return "card_not_found";
        }
        throw refused;
    }
}
