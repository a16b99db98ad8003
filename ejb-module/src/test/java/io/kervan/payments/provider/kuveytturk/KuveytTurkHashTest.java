package io.kervan.payments.provider.kuveytturk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expected values were computed outside Java, with OpenSSL:
 * <pre>
 * HP=$(printf '%s' 'Api123' | openssl sha1 -binary | base64)
 * URL='http://demo.localhost:8080/api/payments/return/kuveyt/PAY-DEMO-20261123-0A1B2C3D/'
 * printf '%s' "496PAY-DEMO-20261123-0A1B2C3D12990${URL}${URL}apiuser1${HP}" | openssl sha1 -binary | base64
 * printf '%s' "496PAY-DEMO-20261123-0A1B2C3D12990apiuser1${HP}" | openssl sha1 -binary | base64
 * printf '%s' "496PAY-DEMO-20261123-0A1B2C3D0apiuser1${HP}" | openssl sha1 -binary | base64
 * </pre>
 */
class KuveytTurkHashTest {

    private static final String ORDER = "PAY-DEMO-20261123-0A1B2C3D";
    private static final String URL = "http://demo.localhost:8080/api/payments/return/kuveyt/" + ORDER + "/";

    @Test
    void the_hashed_password_is_base64_of_the_raw_sha1_digest() {
        // The same value appears as HashPassword in bank responses quoted by third-party libraries for 'Api123'.
        assertThat(KuveytTurkHash.hashedPassword("Api123")).isEqualTo("c77dFssAnYSy6O2MJo+5tMYtGVc=");
    }

    @Test
    void the_enrollment_hash_signs_the_order_the_amount_in_minor_units_and_both_addresses() {
        assertThat(KuveytTurkHash.enrollment("496", ORDER, 12990, URL, URL, "apiuser1", "Api123"))
                .isEqualTo("ig0jNDqiQ4/4o+C55rTr9qajXk8=");
    }

    @Test
    void the_provision_and_soap_hashes_leave_the_addresses_out() {
        assertThat(KuveytTurkHash.withoutUrls("496", ORDER, 12990, "apiuser1", "Api123"))
                .isEqualTo("I3zQJZGN7RQI7TypuUSS+L4djAs=");
        assertThat(KuveytTurkHash.withoutUrls("496", ORDER, 0, "apiuser1", "Api123"))
                .isEqualTo("arfFYl4pHPs5eNDBNI98sHjlyLY=");
    }

    @Test
    void a_different_password_gives_a_different_hash() {
        assertThat(KuveytTurkHash.withoutUrls("496", ORDER, 12990, "apiuser1", "Api1232"))
                .isNotEqualTo("I3zQJZGN7RQI7TypuUSS+L4djAs=");
    }
}
