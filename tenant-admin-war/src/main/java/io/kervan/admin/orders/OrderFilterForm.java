package io.kervan.admin.orders;

import io.kervan.orders.application.StatusNames;
import io.kervan.orders.domain.OrderFilter;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.webkit.form.FormErrors;
import io.kervan.webkit.i18n.Texts;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order list's GET form, the MoJ "filter a list" way: status, payment status, customer email, order number and a
 * date range (days in the shop's time zone, both ends included), plus the sort. What was chosen comes back as the
 * list's filter, as the query that sort and page links keep, and as tags that each remove one filter. A value that
 * cannot be read is named in an error and left out of the filter.
 */
public record OrderFilterForm(OrderFilter filter, Map<String, String> query, List<Tag> tags, FormErrors errors) {

    /** The form's fields, in the order the form shows them. */
    static final List<String> FIELDS = List.of("status", "payment_status", "customer_email", "order_number",
            "created_from", "created_to");
    private static final int LONGEST = 254;

    /** A chosen filter: what it says, and the list's address without it. */
    public record Tag(String label, String removeHref) {
    }

    static OrderFilterForm read(HttpServletRequest request, Texts texts, ZoneId zone) {
        FormErrors errors = new FormErrors();
        Map<String, String> query = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = request.getParameter(field);
            if (value != null && !value.isBlank()) {
                query.put(field, value.strip().length() > LONGEST ? value.strip().substring(0, LONGEST)
                        : value.strip());
            }
        }
        OrderStatus status = choice(query, "status", OrderStatus.class, errors, texts);
        PaymentStatus payment = choice(query, "payment_status", PaymentStatus.class, errors, texts);
        LocalDate from = date(query, "created_from", errors, texts);
        LocalDate to = date(query, "created_to", errors, texts);
        if (query.containsKey("order_number")) {
            query.put("order_number", query.get("order_number").toUpperCase(Locale.ROOT));
        }
        OrderFilter.Sort sort = sort(request.getParameter("sort"));
        if (sort != OrderFilter.Sort.NEWEST) {
            query.put("sort", sort.name().toLowerCase(Locale.ROOT));
        }
        OrderFilter filter = new OrderFilter(status, payment, query.get("customer_email"),
                query.get("order_number"), from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), null, sort);
        return new OrderFilterForm(filter, query, tags(query, texts), errors);
    }

    /** The list's address with this query (less the fields named), for links that keep the filters. */
    public String href(String path, String... without) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> entry : query.entrySet()) {
            if (!List.of(without).contains(entry.getKey())) {
                url.append(separator).append(entry.getKey()).append('=')
                        .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    /** The list's address sorted by {@code sort}, filters kept, back on page 1. */
    public String sortHref(String path, String sort) {
        String base = href(path, "sort");
        return "newest".equals(sort) ? base : base + (base.contains("?") ? "&" : "?") + "sort=" + sort;
    }

    public String value(String field) {
        return query.getOrDefault(field, "");
    }

    public String sort() {
        return filter.sortOrDefault().name().toLowerCase(Locale.ROOT);
    }

    private static List<Tag> tags(Map<String, String> query, Texts texts) {
        List<Tag> tags = new ArrayList<>();
        OrderFilterForm form = new OrderFilterForm(null, query, List.of(), null);
        for (String field : FIELDS) {
            String value = query.get(field);
            if (value != null) {
                String shown = field.equals("status")
                        ? StatusNames.of(OrderStatus.valueOf(value.toUpperCase(Locale.ROOT)), texts.locale())
                        : field.equals("payment_status")
                        ? StatusNames.of(PaymentStatus.valueOf(value.toUpperCase(Locale.ROOT)), texts.locale())
                        : value;
                tags.add(new Tag(texts.text("orders.filter." + field) + ": " + shown,
                        form.href(OrderListPage.PATH, field)));
            }
        }
        return tags;
    }

    private static <E extends Enum<E>> E choice(Map<String, String> query, String field, Class<E> type,
                                                FormErrors errors, Texts texts) {
        String value = query.get(field);
        if (value == null) {
            return null;
        }
        try {
            E choice = Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            query.put(field, choice.name().toLowerCase(Locale.ROOT));
            return choice;
        } catch (IllegalArgumentException e) {
            query.remove(field);
            errors.add(field, texts.text("orders.filter.invalid_choice"));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> query, String field, FormErrors errors, Texts texts) {
        String value = query.get(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            query.remove(field);
            errors.add(field, texts.text("orders.filter.invalid_date"));
            return null;
        }
    }

    private static OrderFilter.Sort sort(String value) {
        if (value == null) {
            return OrderFilter.Sort.NEWEST;
        }
        try {
            return OrderFilter.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OrderFilter.Sort.NEWEST;
        }
    }
}
