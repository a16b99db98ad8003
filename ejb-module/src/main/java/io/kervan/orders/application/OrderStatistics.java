package io.kervan.orders.application;

import io.kervan.orders.domain.OrderFilter;
import io.kervan.orders.domain.OrderStatus;
import io.kervan.orders.domain.Orders;
import io.kervan.orders.domain.PaymentStatus;
import io.kervan.orders.domain.Takings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** How a shop is doing, for its dashboard: orders and takings day by day, and the orders that wait for staff. */
@Stateless
public class OrderStatistics {

    /** Counted no further: a dashboard says "1,000+" rather than scan a backlog to the end. */
    public static final long WAITING_COUNT_LIMIT = 1000;

    /** One day in the shop's time zone, with what it took in each currency (most orders first). */
    public record Day(LocalDate date, List<Takings> takings) {
    }

    /** Paid orders not shipped yet (confirmed, being processed) and orders whose digital goods could not be bought. */
    public record Waiting(long confirmed, long processing, long fulfillmentFailed) {
    }

    @Inject
    Orders orders;

    /** The last {@code days} days up to today, oldest first, each from midnight to midnight in {@code zone}. */
    public List<Day> lastDays(int days, ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        List<Day> result = new ArrayList<>();
        for (LocalDate day = today.minusDays(days - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            result.add(new Day(day, orders.takings(day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant())));
        }
        return result;
    }

    public Waiting waiting() {
        return new Waiting(count(OrderStatus.CONFIRMED, PaymentStatus.PAID),
                count(OrderStatus.PROCESSING, PaymentStatus.PAID), count(OrderStatus.FULFILLMENT_FAILED, null));
    }

    private long count(OrderStatus status, PaymentStatus payment) {
        return orders.count(new OrderFilter(status, payment, null, null, null, null, null, null),
                WAITING_COUNT_LIMIT);
    }
}
