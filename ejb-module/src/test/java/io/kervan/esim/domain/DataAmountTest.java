package io.kervan.esim.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DataAmountTest {

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({
            "5000000000, 5 GB",
            "4999999999, 4.99 GB",    // rounded down: what is left is never overstated
            "1250000000, 1.25 GB",
            "1000000000, 1 GB",
            "999999999, 999 MB",
            "512000000, 512 MB",
            "1000000, 1 MB",
            "40000, 40 KB",
            "0, 0 MB",
    })
    void data_reads_in_decimal_units_like_eSIM_Gos_own(long bytes, String readable) {
        assertThat(new DataAmount(bytes).readable()).isEqualTo(readable);
    }
}
