package io.kervan.admin.orders;

import io.kervan.admin.AdminPanel;
import io.kervan.admin.Permission;
import io.kervan.admin.StaffVisit;
import io.kervan.orders.application.OrderQueries;
import io.kervan.orders.application.OrderViews;
import io.kervan.webkit.csv.CsvWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code /admin/orders.csv}: the order list as CSV, with the list's own filters and sort (the export link carries the
 * page's query). It is written as it is read, {@value #BATCH} orders at a time, each batch read in a short
 * transaction of its own after the last row of the one before, so an export of any length holds neither memory nor a
 * database connection for long. UTF-8 with a byte order mark, which spreadsheets need to read Turkish letters.
 */
@WebServlet("/orders.csv")
public class OrderCsvExport extends HttpServlet {

    static final int BATCH = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    OrderQueries queries;

    @Inject
    StaffVisit visit;

    @Inject
    AdminPanel panel;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        visit.require(Permission.SEE_ORDERS);
        OrderFilterForm form = OrderFilterForm.read(request, visit.texts(), panel.zone());
        List<OrderViews.Summary> batch = queries.listForStaffAfter(form.filter(), null, BATCH, visit.locale());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orders-" + visit.shop().slug() + "-"
                + LocalDate.now(panel.zone()) + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        CsvWriter csv = new CsvWriter(out).row("order_number", "created_at (" + panel.zone() + ")", "status",
                "payment_status", "customer_email", "items", "total", "currency");
        while (!batch.isEmpty()) {
            for (OrderViews.Summary order : batch) {
                csv.row(order.orderNumber(), WHEN.format(order.createdAt().atZone(panel.zone())), order.status(),
                        order.paymentStatus(), order.customerEmail(), order.itemCount(),
                        new BigDecimal(order.total()), order.currency());
            }
            out.flush();
            batch = batch.size() < BATCH ? List.of()
                    : queries.listForStaffAfter(form.filter(), batch.get(batch.size() - 1), BATCH, visit.locale());
        }
        out.flush();
    }
}
