package io.kervan.it.admin;

import io.kervan.it.support.Api;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin panel over plain HTTP, as a browser without JavaScript would use it, for what a test wants to see on the
 * wire: status codes, headers, cookies, a forged post. Follows no redirect; keeps the session cookie it signed in with.
 */
final class AdminClient {

    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String slug;
    private final String session;

    private AdminClient(String slug, String session) {
        this.slug = slug;
        this.session = session;
    }

    /** A request to the shop's host that asks for HTML and follows no redirect. */
    static RequestSpecification page(String slug) {
        return Api.shop(slug).accept("text/html").contentType(ContentType.URLENC)
                .config(RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    /** Signs in through the sign-in form, as a browser does (its form cookie and token first). */
    static AdminClient signIn(String slug, String email, String password) {
        Response form = page(slug).get("/admin/sign-in");
        Response signedIn = page(slug).cookie("admin_form", form.getCookie("admin_form"))
                .formParam("_csrf", token(form.asString())).formParam("email", email).formParam("password", password)
                .post("/admin/sign-in");
        assertThat(signedIn.statusCode()).as(signedIn.asString()).isEqualTo(303);
        return new AdminClient(slug, signedIn.getCookie("admin_token"));
    }

    String session() {
        return session;
    }

    Response get(String path) {
        return page(slug).cookie("admin_token", session).get(path);
    }

    /** Posts {@code form} with the form token the page at {@code from} carries. */
    Response post(String from, String path, Map<String, String> form) {
        return page(slug).cookie("admin_token", session).formParam("_csrf", token(get(from).asString()))
                .formParams(form).post(path);
    }

    /** Posts {@code form} without any form token, as a forged page on another site would. */
    Response postWithoutToken(String path, Map<String, String> form) {
        return page(slug).cookie("admin_token", session).formParams(form).post(path);
    }

    static String token(String html) {
        Matcher token = TOKEN.matcher(html);
        assertThat(token.find()).as("a form token in " + html).isTrue();
        return token.group(1);
    }
}
