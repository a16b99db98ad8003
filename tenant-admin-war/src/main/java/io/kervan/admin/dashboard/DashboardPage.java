package io.kervan.admin.dashboard;

import io.kervan.admin.AdminPages;
import io.kervan.admin.AdminPanel;
import io.kervan.admin.Flash;
import io.kervan.admin.Permission;
import io.kervan.admin.Section;
import io.kervan.admin.StaffVisit;
import io.kervan.integrations.application.IntegrationRegistry;
import io.kervan.integrations.application.WebhookLog;
import io.kervan.orders.application.OrderStatistics;
import io.kervan.orders.domain.Takings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code /admin/}: how the shop is doing. Every member sees the orders and takings of today and the last seven days
 * and the orders waiting for them; owners and admins also see failed webhook deliveries of the last day and their
 * integrations.
 */
@WebServlet("")
public class DashboardPage extends HttpServlet {

    private static final int DAYS = 7;

    @Inject
    OrderStatistics statistics;

    @Inject
    WebhookLog webhooks;

    @Inject
    IntegrationRegistry integrations;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPanel panel;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String currency = visit.shop().defaultCurrency();
        List<OrderStatistics.Day> days = statistics.lastDays(DAYS, panel.zone());
        List<DashboardView.Row> rows = new ArrayList<>();
        List<TakingsChart.Day> bars = new ArrayList<>();
        TreeSet<String> others = new TreeSet<>();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("EEE d", visit.locale());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", visit.locale());
        long orders = 0;
        long paid = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (OrderStatistics.Day date : days) {
            Takings takings = date.takings().stream().filter(t -> t.currency().equals(currency)).findFirst()
                    .orElse(new Takings(currency, 0L, 0L, BigDecimal.ZERO));
            date.takings().stream().map(Takings::currency).filter(c -> !c.equals(currency)).forEach(others::add);
            rows.add(new DashboardView.Row(day.format(date.date()), takings.orders(), takings.paidOrders(),
                    takings.paidTotal().toPlainString()));
            bars.add(new TakingsChart.Day(label.format(date.date()), takings.paidTotal(),
                    compact(takings.paidTotal()), date == days.get(days.size() - 1)));
            orders += takings.orders();
            paid += takings.paidOrders();
            total = total.add(takings.paidTotal());
        }
        DashboardView view = new DashboardView(currency, rows.get(rows.size() - 1),
                new DashboardView.Row(null, orders, paid, total.toPlainString()), rows, TakingsChart.of(bars),
                List.copyOf(others), statistics.waiting(), OrderStatistics.WAITING_COUNT_LIMIT,
                visit.may(Permission.SEE_WEBHOOK_LOG)
                        ? webhooks.countFailedSince(Instant.now().minus(Duration.ofDays(1))) : -1,
                visit.may(Permission.MANAGE_INTEGRATIONS) ? integrations.list() : null,
                Flash.of(request, visit.texts()));
        pages.page(response, 200, "admin/dashboard.jte", Section.DASHBOARD, view, "dashboard.title");
    }

    /** A bar's label: whole units, grouped as the member's language groups them ({@code 12.346}). */
    private String compact(BigDecimal amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(visit.locale());
        return format.format(amount.setScale(0, RoundingMode.HALF_UP));
    }
}
