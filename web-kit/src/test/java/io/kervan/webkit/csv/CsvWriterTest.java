package io.kervan.webkit.csv;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    private static String csv(Object... fields) throws IOException {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(fields);
        return out.toString();
    }

    @Test
    void plain_fields_are_joined_by_commas_and_a_row_ends_with_crlf() throws IOException {
        assertThat(csv("ORD-1", "Ayşe Yılmaz", 3, new BigDecimal("1234.5000"), null)).isEqualTo(
                "ORD-1,Ayşe Yılmaz,3,1234.5000,\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_with_quotes_doubled() throws IOException {
        assertThat(csv("a,b", "say \"hi\"", "two\nlines", "cr\rhere")).isEqualTo(
                "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void texts_a_spreadsheet_would_run_as_formulas_get_an_apostrophe_in_front() throws IOException {
        assertThat(csv("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+1,'-2+3,'@SUM(A1),'\tx,\"'\rx\"\r\n");
    }

    @Test
    void numbers_are_written_as_numbers_even_when_negative() throws IOException {
        assertThat(csv(new BigDecimal("-5.00"), -3L)).isEqualTo("-5.00,-3\r\n");
    }
}
