package io.kervan.esim.provider.esimgo;

import io.kervan.esim.domain.Bundle;
import io.kervan.esim.domain.BundleStatus;
import io.kervan.esim.domain.EsimOrder;
import io.kervan.esim.domain.EsimProviderRefusedException;
import io.kervan.esim.domain.EsimProviderUnavailableException;
import io.kervan.esim.domain.InstallDetails;
import io.kervan.esim.domain.OrderItem;
import io.kervan.esim.domain.OrderQuote;
import io.kervan.esim.domain.ProviderPage;
import io.kervan.esim.domain.UsageCallback;
import io.kervan.esim.provider.EsimProvider;
import io.kervan.integrations.application.CredentialCheck;
import io.kervan.integrations.domain.ProviderAccount;
import io.kervan.shared.domain.JsonDocuments;
import io.kervan.shared.domain.KervanException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * eSIM Go's API v2.4 (docs/providers/esim-go.md) in Kervan's types: paths, request bodies and answers here, transport
 * and fault tolerance (with advice that fits the call when no answer came) in {@link EsimGoHttp}, signed usage
 * callbacks in {@link EsimGoCallbacks}.
 */
@ApplicationScoped
public class EsimGoClient implements EsimProvider {

    private static final String READ_ADVICE = "nothing was changed; try again in a moment";
    private static final String ORDER_ADVICE =
            "the order may have been placed: look it up in eSIM Go's order list before ordering again";

    @Inject
    EsimGoHttp http;

    @Override
    public ProviderPage<Bundle> catalogue(ProviderAccount account, int page, int perPage) {
        return page(account, "/catalogue", page, perPage, "bundles", EsimGoJson::bundle);
    }

    @Override
    public OrderQuote validate(ProviderAccount account, List<OrderItem> items) {
        try {
            return EsimGoJson.quote(object(http.post(EsimGoAccount.of(account), "/orders", orderBody("validate", items),
                    READ_ADVICE)));
        } catch (EsimProviderRefusedException e) {
            if (e.status() == 400) {
                return new OrderQuote(false, null, null, e.detail());
            }
            throw e;
        }
    }

    @Override
    public EsimOrder order(ProviderAccount account, List<OrderItem> items) {
        String body = http.post(EsimGoAccount.of(account), "/orders", orderBody("transaction", items), ORDER_ADVICE);
        try {
            return EsimGoJson.order(JsonDocuments.parse(body));
        } catch (JsonException | ClassCastException e) {
            throw new EsimProviderUnavailableException("eSIM Go's answer to the order could not be read",
                    ORDER_ADVICE);
        }
    }

    @Override
    public Optional<EsimOrder> findOrder(ProviderAccount account, String reference) {
        try {
            return Optional.of(EsimGoJson.order(object(read(account, "/orders/" + segment(reference)))));
        } catch (EsimProviderRefusedException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public ProviderPage<EsimOrder> orders(ProviderAccount account, int page, int perPage) {
        return page(account, "/orders", page, perPage, "orders", EsimGoJson::order);
    }

    @Override
    public List<InstallDetails> assignments(ProviderAccount account, String reference) {
        JsonStructure answer = structure(read(account, "/esims/assignments?reference="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8)));
        List<JsonObject> esims = answer instanceof JsonArray array ? EsimGoJson.objects(array)
                : ((JsonObject) answer).values().stream().filter(JsonArray.class::isInstance).findFirst()
                        .map(v -> EsimGoJson.objects((JsonArray) v)).orElse(List.of());
        return esims.stream().map(EsimGoJson::install).toList();
    }

    @Override
    public BundleStatus bundleStatus(ProviderAccount account, String iccid, String bundleName) {
        return EsimGoJson.bundleStatus(object(read(account, "/esims/" + segment(iccid) + "/bundles/"
                + segment(bundleName))));
    }

    private <T> ProviderPage<T> page(ProviderAccount account, String path, int page, int perPage, String member,
                                     Function<JsonObject, T> item) {
        JsonObject answer = object(read(account, path + "?page=" + page + "&perPage=" + perPage));
        return new ProviderPage<>(EsimGoJson.objects(answer, member).stream().map(item).toList(),
                answer.getInt("pageCount", 0));
    }

    private String read(ProviderAccount account, String pathAndQuery) {
        return http.get(EsimGoAccount.of(account), pathAndQuery, EsimGoHttp.JSON);
    }

    /** Reads one bundle of the catalogue. */
    @Override
    public CredentialCheck checkCredentials(ProviderAccount account) {
        try {
            catalogue(account, 1, 1);
            return new CredentialCheck(true, "eSIM Go accepted the " + account.mode().name().toLowerCase(Locale.ROOT)
                    + " key");
        } catch (KervanException refusedOrUnanswered) {
            return new CredentialCheck(false, refusedOrUnanswered.detail());
        }
    }

    @Override
    public UsageCallback readCallback(String payload, Map<String, String> headers, ProviderAccount account) {
        return EsimGoCallbacks.readSigned(payload, headers, account.credentials().get(EsimGoAccount.API_KEY));
    }

    private static String orderBody(String type, List<OrderItem> items) {
        JsonArrayBuilder order = JsonDocuments.array();
        items.forEach(item -> order.add(JsonDocuments.object()
                .add("type", "bundle")
                .add("quantity", item.quantity())
                .add("item", item.bundleName())
                .add("allowReassign", false)));
        return JsonDocuments.object()
                .add("type", type)
                .add("assign", true)
                .add("order", order)
                .build().toString();
    }

    private static JsonObject object(String body) {
        if (structure(body) instanceof JsonObject object) {
            return object;
        }
        throw new EsimProviderUnavailableException("eSIM Go answered something unexpected", READ_ADVICE);
    }

    private static JsonStructure structure(String body) {
        try {
            return JsonDocuments.parseStructure(body);
        } catch (JsonException e) {
            throw new EsimProviderUnavailableException("eSIM Go answered something that is not JSON", READ_ADVICE);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
