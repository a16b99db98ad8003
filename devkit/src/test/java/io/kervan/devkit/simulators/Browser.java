package io.kervan.devkit.simulators;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser does with the simulators' pages: opens them, and submits their forms (auto-submitting or not). */
final class Browser {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");
    private static final Pattern HIDDEN = Pattern.compile("<input type=hidden name=\"([^\"]*)\" value=\"([^\"]*)\">");

    private Browser() {
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form's action. */
    static String action(String page) {
        Matcher m = ACTION.matcher(page);
        assertThat(m.find()).as("a form in %s", page).isTrue();
        return unescape(m.group(1));
    }

    /** The form's hidden fields, as a browser would submit them. */
    static Map<String, String> hidden(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page);
        while (m.find()) {
            fields.put(unescape(m.group(1)), unescape(m.group(2)));
        }
        return fields;
    }

    /** Submits the page's form with its hidden fields and {@code more}. */
    static HttpResponse<String> submit(String page, Map<String, String> more) throws Exception {
        Map<String, String> form = hidden(page);
        form.putAll(more);
        return post(action(page), form);
    }

    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
