package io.kervan.web.storefront.catalog;

import io.kervan.esim.application.BundleQuery;
import io.kervan.esim.application.BundleSearch;
import io.kervan.esim.application.BundleView;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.tenancy.application.ShopAddress;
import io.kervan.web.storefront.Chrome;
import io.kervan.web.storefront.Countries;
import io.kervan.web.storefront.Pages;
import io.kervan.web.storefront.Visit;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.render.Meta;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /esim?country=TR&data_gb=5&days=7}: the eSIM plan finder. A GET form (the search is a link one can share)
 * whose answer is the shop's bundles for that plan, cheapest first, each with an add-to-cart form; the search is the
 * same bundle search the API offers.
 */
@WebServlet("/esim")
public class EsimFinderPage extends HttpServlet {

    /** Data amounts and durations the form offers; empty means any. */
    public static final List<String> DATA_GB = List.of("1", "3", "5", "10", "20", "50");
    public static final List<String> DAYS = List.of("1", "7", "15", "30");

    /** The page's model; {@code bundles} is null before a search. */
    public record View(String country, String dataGb, String days, List<Countries.Country> countries,
                       List<BundleView> bundles, FormErrors errors) {
    }

    @Inject
    BundleSearch search;

    @Inject
    Pages pages;

    @Inject
    Visit visit;

    @Inject
    ShopAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String country = text(request.getParameter("country")).toUpperCase(Locale.ROOT);
        String dataGb = text(request.getParameter("data_gb"));
        String days = text(request.getParameter("days"));
        FormErrors errors = new FormErrors();
        List<BundleView> bundles = null;
        if (request.getParameter("country") != null) {
            try {
                bundles = search.find(BundleQuery.parse(country, dataGb, days));
            } catch (InvalidInputException invalid) {
                @SuppressWarnings("unchecked")
                List<FieldError> fields = (List<FieldError>) invalid.properties().get("errors");
                fields.forEach(e -> errors.add(e.field(), visit.texts().text("esim.error." + e.field())));
            }
        }
        View view = new View(country, dataGb, days, Countries.in(visit.language().locale()), bundles, errors);
        Meta meta = Meta.indexed(visit.texts().text("esim.title"), visit.texts().text("esim.description",
                visit.shop().displayName()), address.link("/esim"));
        pages.page(response, errors.isEmpty() ? 200 : 422, "shop/esim.jte",
                errors.isEmpty() ? meta : meta.withTitlePrefix(visit.texts().text("kit.error.prefix")),
                Chrome.Section.ESIM, view);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
