package io.kervan.identity.application;

import io.kervan.identity.domain.PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of new passwords in production: the test servers hash with far fewer iterations (they sign in thousands of
 * times), so this is where production's 210,000 is pinned. A stored hash names its own count, so either verifies.
 */
class PasswordHasherTest {

    @Test
    void without_configuration_new_passwords_cost_210000_pbkdf2_iterations() throws Exception {
        ConfigProperty setting = PasswordHasher.class.getDeclaredField("iterations").getAnnotation(ConfigProperty.class);
        assertThat(setting.name()).isEqualTo("kervan.security.password-hash-iterations");
        assertThat(setting.defaultValue()).isEqualTo("210000");
        assertThat(configured("kervan.security.password-hash-iterations")).as("set nowhere in the deployment").isNull();

        PasswordHasher hasher = new PasswordHasher();
        hasher.iterations = Integer.parseInt(setting.defaultValue());
        String stored = hasher.hash("correct horse battery");
        assertThat(stored).startsWith("pbkdf2-sha512$210000$");
        assertThat(PasswordHash.matches("correct horse battery", stored)).isTrue();
    }

    private static String configured(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PasswordHasher.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty(name);
    }
}
