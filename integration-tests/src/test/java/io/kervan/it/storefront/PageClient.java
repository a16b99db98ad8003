package io.kervan.it.storefront;

import io.kervan.it.support.Api.Shop;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as plain HTTP goes, for what a real browser cannot be made to do (forge a post, hold a cookie of
 * its choosing) or need not do: it asks a shop's pages for HTML, keeps the cookies they set (a cleared cookie is
 * dropped), follows no redirect, and posts forms with the form token of the last page it read.
 */
final class PageClient {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Shop shop;
    private final Map<String, String> cookies = new HashMap<>();
    private String formToken;

    PageClient(Shop shop) {
        this.shop = shop;
    }

    /**
     * A request as a browser of this shop sends it: HTML wanted, forms in UTF-8 (RestAssured's own default is
     * ISO-8859-1, which turns "ş" into "?"), its cookies, no redirect followed.
     */
    RequestSpecification request() {
        return shop.request().accept("text/html").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookies(cookies)
                .config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    /** Gets {@code path} exactly as written: an address a page links to is already encoded. */
    Response get(String path) {
        return kept(request().urlEncodingEnabled(false).get(path));
    }

    /** Posts the fields with the form token of the last page read. */
    Response post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (formToken != null) {
            form.putIfAbsent("_csrf", formToken);
        }
        return kept(request().formParams(form).post(path));
    }

    /** Reads the form page at {@code path}, then posts the fields to {@code action} with its token. */
    Response submit(String path, String action, Map<String, String> fields) {
        get(path).then().statusCode(200);
        return post(action, fields);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Response kept(Response response) {
        for (String header : response.getHeaders().getValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (cleared(header, value)) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        String body = response.asString();
        Matcher token = TOKEN.matcher(body);
        if (token.find()) {
            formToken = token.group(1);
        }
        return response;
    }

    /** Whether a Set-Cookie header removes its cookie (an empty value, expired at once or in 1970). */
    static boolean cleared(String header, String value) {
        String lower = header.toLowerCase();
        return value.isEmpty() || value.equals("\"\"") || lower.contains("max-age=0") || lower.contains("1970");
    }

    /** The form token of the page just read. */
    String formToken() {
        assertThat(formToken).as("a form token on the page").isNotNull();
        return formToken;
    }
}
