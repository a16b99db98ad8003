package io.kervan.web.storefront;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
    }

    @Test
    void every_text_the_templates_and_pages_name_exists() throws IOException {
        Set<String> known = keys("storefront");
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
