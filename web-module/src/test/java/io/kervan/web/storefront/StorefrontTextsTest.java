package io.kervan.web.storefront;

import io.kervan.web.storefront.account.ForgotPasswordPage;
import io.kervan.web.storefront.account.PasswordPage;
import io.kervan.web.storefront.account.RegisterPage;
import io.kervan.web.storefront.account.ResetPasswordPage;
import io.kervan.web.storefront.account.SignInPage;
import io.kervan.webkit.form.FormCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a page asks for exists in English and in Turkish, so no page ever shows a bare key. */
class StorefrontTextsTest {

    private static final Pattern USED = Pattern.compile("(?:tr|text)\\(\"([a-z_0-9.]+)\"");

    @Test
    void turkish_has_every_english_text_and_nothing_else() throws IOException {
        assertThat(keys("storefront_tr")).isEqualTo(keys("storefront"));
        assertThat(keys("account_tr")).isEqualTo(keys("account"));
    }

    @Test
    void every_field_of_the_account_forms_has_its_error_text() throws IOException {
        Set<String> known = keys("account");
        for (FormCheck check : List.of(SignInPage.CHECK, RegisterPage.CHECK, PasswordPage.CHECK,
                ForgotPasswordPage.CHECK, ResetPasswordPage.CHECK)) {
            for (String field : check.fields()) {
                assertThat(known).contains(check.prefix() + field);
            }
        }
    }

    @Test
    void every_text_the_templates_and_pages_name_exists() throws IOException {
        Set<String> known = keys("storefront");
        known.addAll(keys("account"));
        known.addAll(kitKeys());
        Set<String> used = new HashSet<>();
        for (Path root : new Path[]{Path.of("src/main/jte"), Path.of("src/main/java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    Matcher matcher = USED.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!matcher.group(1).endsWith(".")) {
                            used.add(matcher.group(1));
                        }
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void russian_names_no_text_english_lacks() throws IOException {
        assertThat(keys("storefront")).containsAll(keys("storefront_ru"));
        assertThat(keys("account")).containsAll(keys("account_ru"));
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties texts = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("src/main/resources/io/kervan/web/storefront/" + bundle
                + ".properties"))) {
            texts.load(reader);
        }
        return new HashSet<>(texts.stringPropertyNames());
    }

    private static Set<String> kitKeys() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = StorefrontTextsTest.class.getResourceAsStream("/io/kervan/webkit/kit.properties")) {
            texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return texts.stringPropertyNames();
    }
}
