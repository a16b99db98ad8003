package io.kervan.admin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of the last days' takings, drawn by the template as inline SVG from these numbers (no script, no chart
 * library): each bar's place and height in a {@value #WIDTH} × {@value #HEIGHT} view box, the tallest day reaching
 * the top. The same figures are in the table beside it, which is what screen readers read.
 */
public record TakingsChart(List<Bar> bars) {

    public static final int WIDTH = 700;
    public static final int HEIGHT = 230;
    static final int TOP = 24;
    static final int BASELINE = 190;
    static final int SLOT = WIDTH / 7;
    static final int BAR = 60;

    /** One day's bar; {@code x}, {@code y} and {@code height} in view-box units, {@code value} already formatted. */
    public record Bar(String label, String value, int x, int y, int height, boolean today) {

        public int labelX() {
            return x + BAR / 2;
        }

        public int valueY() {
            return y - 6;
        }

        public int width() {
            return BAR;
        }
    }

    /** One day as it goes in: its label, its amount, and that amount written for people. */
    record Day(String label, BigDecimal amount, String written, boolean today) {
    }

    static TakingsChart of(List<Day> days) {
        BigDecimal highest = days.stream().map(Day::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        int x = (SLOT - BAR) / 2;
        for (Day day : days) {
            int height = highest.signum() == 0 ? 0 : day.amount().multiply(BigDecimal.valueOf(BASELINE - TOP))
                    .divide(highest, 0, RoundingMode.HALF_UP).intValue();
            // A day that took something shows at least a sliver; a day that took nothing shows none.
            height = day.amount().signum() > 0 ? Math.max(height, 2) : 0;
            bars.add(new Bar(day.label(), day.written(), x, BASELINE - height, height, day.today()));
            x += SLOT;
        }
        return new TakingsChart(bars);
    }

    public int baseline() {
        return BASELINE;
    }

    public int labelY() {
        return BASELINE + 24;
    }
}
