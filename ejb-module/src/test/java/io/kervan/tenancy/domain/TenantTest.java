package io.kervan.tenancy.domain;

import io.kervan.shared.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTest {

    @Test
    void a_new_tenant_is_active_and_suspending_it_takes_it_offline() {
        Tenant tenant = new Tenant("acme", "Acme", "TRY", "tr");
        assertThat(tenant.isActive()).isTrue();
        tenant.suspend();
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.isActive()).isFalse();
        tenant.activate();
        assertThat(tenant.isActive()).isTrue();
    }

    @Test
    void a_suspension_raises_the_token_version_and_activation_does_not_lower_it() {
        Tenant tenant = new Tenant("acme", "Acme", "TRY", "tr");
        long before = tenant.ref().tokenVersion();
        tenant.suspend();
        tenant.activate();
        assertThat(tenant.ref().tokenVersion()).isEqualTo(before + 1);
    }

    @Test
    void its_reference_carries_what_requests_need() {
        TenantRef ref = new Tenant("acme-shop", "Acme", "EUR", "en").ref();
        assertThat(ref.slug()).isEqualTo("acme-shop");
        assertThat(ref.defaultCurrency()).isEqualTo("EUR");
        assertThat(ref.locale()).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "-acme", "acme-", "Acme", "ac me", "acme.shop", "www", "admin", "api"})
    void slugs_that_cannot_be_a_subdomain_or_are_reserved_are_refused(String slug) {
        assertThatThrownBy(() -> new Tenant(slug, "Shop", "TRY", "tr"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("slug");
    }

    @Test
    void unsupported_currencies_and_locales_are_refused() {
        assertThatThrownBy(() -> new Tenant("acme", "Acme", "ABC", "tr")).hasMessageContaining("currency");
        assertThatThrownBy(() -> new Tenant("acme", "Acme", "TRY", "de")).hasMessageContaining("default_locale");
        assertThatThrownBy(() -> new Tenant("acme", " ", "TRY", "tr")).hasMessageContaining("display_name");
    }
}
