package io.kervan.admin.orders;

import io.kervan.orders.application.OrderViews;
import io.kervan.webkit.render.Paging;

import java.util.List;

/**
 * The order list's page: the filter form as sent, the page of orders, how many there are ({@code moreThan}: at least
 * {@code total}, counted no further), the page links and the export link, both keeping the filters.
 */
public record OrderListView(OrderFilterForm form, List<OrderViews.Summary> orders, long total, boolean moreThan,
                            int from, int to, Paging paging, String exportHref, List<Choice> statuses,
                            List<Choice> paymentStatuses) {

    /** An option of a select: its value and what it says. */
    public record Choice(String value, String label) {
    }

    public String sortHref(String sort) {
        return form.sortHref(OrderListPage.PATH, sort);
    }

    /** {@code aria-sort} of a column sorted by {@code descending} or {@code ascending}, or null. */
    public String ariaSort(String descending, String ascending) {
        String sort = form.sort();
        return sort.equals(descending) ? "descending" : sort.equals(ascending) ? "ascending" : null;
    }
}
