package io.kervan.integrations.infrastructure;

import io.kervan.integrations.domain.AddressPolicy;
import io.kervan.integrations.domain.EndpointRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How Kervan talks HTTP to providers, every provider: Stripe (through stripe-java), Kuveyt Türk, eSIM Go and Telegram.
 * Each connection goes to an address the {@link AddressPolicy} accepted, checked by {@link CheckedDnsResolver} after
 * resolving and before connecting; {@code http} goes only to loopback, and only when {@code kervan.outbound.allow-loopback}
 * is on. Redirects are never followed: a provider's API does not redirect, and a redirect is how an endpoint would
 * point the server somewhere it must not go. No proxy from the environment is used (a proxy would resolve names where
 * Kervan cannot check them), nothing is retried here (retries are the caller's choice, for idempotent calls), and an
 * answer is read up to {@value #MAX_ANSWER_BYTES} bytes.
 */
@ApplicationScoped
public class ProviderHttp {

    static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    /** A request to a provider; bodies and header values may hold secrets, so it never prints them. */
    public record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body, String contentType,
                          Duration timeout) {

        public static Request get(URI uri) {
            return new Request("GET", uri, Map.of(), null, null, null);
        }

        public static Request post(URI uri, String contentType, String body) {
            return new Request("POST", uri, Map.of(), body.getBytes(StandardCharsets.UTF_8), contentType, null);
        }

        /** The same request sent with another method (a DELETE with a body, say). */
        public Request method(String otherMethod) {
            return new Request(otherMethod, uri, headers, body, contentType, timeout);
        }

        public Request header(String name, String value) {
            Map<String, List<String>> more = new LinkedHashMap<>(headers);
            more.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return new Request(method, uri, more, body, contentType, timeout);
        }

        /**
         * How long to wait for the answer once connected (connecting has its own, shorter limit); without it,
         * {@code kervan.outbound.read-timeout}.
         */
        public Request timeout(Duration answerWithin) {
            return new Request(method, uri, headers, body, contentType, answerWithin);
        }

        @Override
        public String toString() {
            return "Request[" + method + " " + uri.getScheme() + "://" + uri.getHost() + ", headers and body withheld]";
        }
    }

    /** The provider's answer: status, headers, body as text (in the charset it names, UTF-8 if none). */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    @Inject
    AddressPolicy policy;

    @Inject
    @ConfigProperty(name = "kervan.outbound.connect-timeout", defaultValue = "PT3S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "kervan.outbound.read-timeout", defaultValue = "PT8S")
    Duration readTimeout;

    private CheckedDnsResolver.Lookup lookup = InetAddress::getAllByName;
    private CloseableHttpClient https;
    private CloseableHttpClient http;

    public ProviderHttp() {
        // for CDI
    }

    /** For tests: a fixed name table instead of DNS. */
    ProviderHttp(AddressPolicy policy, CheckedDnsResolver.Lookup lookup, Duration connectTimeout,
                 Duration readTimeout) {
        this.policy = policy;
        this.lookup = lookup;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        open();
    }

    @PostConstruct
    void open() {
        https = client("https");
        http = client("http");
    }

    @PreDestroy
    void close() {
        https.close(CloseMode.GRACEFUL);
        http.close(CloseMode.GRACEFUL);
    }

    /**
     * Sends the request and reads the answer, whatever its status, except a redirect.
     *
     * @throws IOException              the provider did not answer (no connection, a timeout, a broken answer)
     * @throws EndpointRefusedException the address is one Kervan does not call, or the endpoint redirected
     */
    public Answer send(Request request) throws IOException {
        String scheme = String.valueOf(request.uri().getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw EndpointRefusedException.address("only https addresses are called");
        }
        HttpUriRequestBase call = new HttpUriRequestBase(request.method(), request.uri());
        request.headers().forEach((name, values) -> values.forEach(value -> call.addHeader(name, value)));
        if (request.body() != null) {
            call.setEntity(new ByteArrayEntity(request.body(), request.contentType() == null ? null
                    : ContentType.parse(request.contentType())));
        }
        call.setConfig(RequestConfig.custom().setRedirectsEnabled(false)
                .setResponseTimeout(Timeout.of(request.timeout() == null ? readTimeout : request.timeout())).build());
        try {
            return (scheme.equals("https") ? https : http).execute(call, ProviderHttp::answer);
        } catch (IOException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof CheckedDnsResolver.RefusedAddress)) {
                cause = cause.getCause();
            }
            if (cause != null) {
                throw EndpointRefusedException.address(((CheckedDnsResolver.RefusedAddress) cause).reason());
            }
            throw e;
        }
    }

    private static Answer answer(ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            // Where it pointed is not repeated: it is the endpoint's to say, not Kervan's to pass on.
            throw EndpointRefusedException.redirect(status);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), n -> new ArrayList<>()).add(header.getValue());
        }
        return new Answer(status, headers, text(response.getEntity()));
    }

    private static String text(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        Charset charset = Optional.ofNullable(ContentType.parseLenient(entity.getContentType()))
                .map(ContentType::getCharset).orElse(StandardCharsets.UTF_8);
        try (InputStream in = entity.getContent()) {
            byte[] bytes = in.readNBytes(MAX_ANSWER_BYTES + 1);
            if (bytes.length > MAX_ANSWER_BYTES) {
                throw new IOException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
            }
            return new String(bytes, charset);
        }
    }

    private CloseableHttpClient client(String scheme) {
        Timeout connect = Timeout.of(connectTimeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(policy, scheme, lookup))
                        // A kept-alive connection the provider has since closed is noticed before it is used.
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect)
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                        .setMaxConnTotal(200).setMaxConnPerRoute(50)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(connect)
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }
}
