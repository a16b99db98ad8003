package io.kervan.admin.orders;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.OrderViews;
import io.kervan.orders.application.StatusNames;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.shared.domain.Page;
import io.kervan.shared.domain.PageRequest;
import io.kervan.webkit.render.Paging;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /admin/orders}: the shop's orders the Django admin way: a GET form of filters (shown as removable tags),
 * sortable columns and page links that keep the query, and an export of the same list. Over a hundred thousand
 * orders a page costs one query and a count that stops at {@link #countLimit}.
 */
@WebServlet("/orders")
public class OrderListPage extends HttpServlet {

    static final String PATH = AdminPanel.BASE + "/orders";
    static final int PAGE_SIZE = 20;
    private static final int LAST_PAGE = 50_000;

    @Inject
    OrderQueries queries;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPanel panel;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SEE_ORDERS);
        OrderFilterForm form = OrderFilterForm.read(request, visit.texts(), panel.zone());
        int page = page(request.getParameter("page"));
        long limit = countLimit(page);
        Page<OrderViews.Summary> orders = queries.browseForStaff(form.filter(), new PageRequest(page, PAGE_SIZE),
                limit, visit.locale());
        boolean moreThan = orders.total() >= limit;
        int pageCount = (int) Math.min(LAST_PAGE, (orders.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        int from = orders.items().isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
        OrderListView view = new OrderListView(form, orders.items(), orders.total(), moreThan, from,
                from == 0 ? 0 : from + orders.items().size() - 1,
                new Paging(PATH, form.query(), page, Math.max(pageCount, 1)),
                form.href(AdminPanel.BASE + "/orders.csv"), statuses(), paymentStatuses());
        pages.page(response, 200, "admin/orders.jte", Section.ORDERS, view, "orders.title");
    }

    /**
     * Counted up to ten pages past this one or a thousand orders, whichever is more: enough to page on, and a count
     * that never reads the whole list (the count was the costliest part of the page: stopping at ten thousand walked
     * ten times as much of the index on every page asked for).
     */
    static long countLimit(int page) {
        return Math.max(1_000L, (long) (page + 10) * PAGE_SIZE);
    }

    private static int page(String value) {
        if (value == null || !value.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(LAST_PAGE, Integer.parseInt(value)));
    }

    private List<OrderListView.Choice> statuses() {
        return Arrays.stream(OrderStatus.values())
                .map(s -> new OrderListView.Choice(s.code(), StatusNames.of(s, visit.locale()))).toList();
    }

    private List<OrderListView.Choice> paymentStatuses() {
        return Arrays.stream(PaymentStatus.values())
                .map(s -> new OrderListView.Choice(s.code(), StatusNames.of(s, visit.locale()))).toList();
    }
}
