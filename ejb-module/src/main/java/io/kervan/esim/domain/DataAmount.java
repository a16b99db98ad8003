package io.kervan.esim.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of mobile data in bytes, as eSIM Go counts it, and how a person reads it: decimal units like eSIM Go's own
 * (1 GB = 1,000 MB = 10⁹ bytes), rounded down so that what is left is never overstated.
 */
public record DataAmount(long bytes) {

    private static final long KB = 1_000L;
    private static final long MB = 1_000_000L;
    private static final long GB = 1_000_000_000L;

    public DataAmount {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
    }

    /** "4.75 GB", "512 MB", "40 KB", "0 MB". */
    public String readable() {
        if (bytes >= GB) {
            return in(GB, 2) + " GB";
        }
        if (bytes >= MB || bytes == 0) {
            return in(MB, 0) + " MB";
        }
        return in(KB, 0) + " KB";
    }

    private String in(long unit, int decimals) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), decimals, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString();
    }
}
