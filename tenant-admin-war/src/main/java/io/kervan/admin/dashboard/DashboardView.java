package io.kervan.admin.dashboard;

import io.kervan.admin.Flash;
import io.kervan.integrations.application.IntegrationView;
import io.kervan.orders.application.OrderStatistics;

import java.util.List;

/**
 * What the dashboard shows: today and the last seven days in the shop's currency (the chart and the same figures as a
 * table), what other currencies took, the orders waiting for staff, and for those who may see them the webhook
 * deliveries that failed in the last day and each integration's mode and last test. {@code failedWebhooks} is -1 and
 * {@code integrations} null for a member who may not see them.
 */
public record DashboardView(String currency, Row today, Row week, List<Row> days, TakingsChart chart,
                            List<String> otherCurrencies, OrderStatistics.Waiting waiting, long waitingLimit,
                            long failedWebhooks, List<IntegrationView> integrations, Flash flash) {

    /** One line of figures: a day as people read it (null for a total), orders placed, paid, what the paid took. */
    public record Row(String day, long orders, long paidOrders, String paidTotal) {
    }

    public boolean mayWatchWebhooks() {
        return failedWebhooks >= 0;
    }

    public boolean mayWatchIntegrations() {
        return integrations != null;
    }

    public boolean anythingWaiting() {
        return waiting.confirmed() + waiting.processing() + waiting.fulfillmentFailed() > 0;
    }
}
