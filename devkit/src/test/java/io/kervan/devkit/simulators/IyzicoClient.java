package io.kervan.devkit.simulators;

import jakarta.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Speaks to the iyzico simulator the way iyzipay-java does: POST JSON, signed IYZWSv2 over the exact bytes sent. */
final class IyzicoClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String apiKey;
    private final String secretKey;

    IyzicoClient(String baseUrl, String apiKey, String secretKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.secretKey = secretKey;
    }

    JsonObject post(String path, String json) throws Exception {
        HttpResponse<String> response = send(path, json, Duration.ofSeconds(10));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SimulatorJson.read(response.body());
    }

    HttpResponse<String> send(String path, String json, Duration timeout) throws Exception {
        String authorization = IyzicoSignatures.authorization(apiKey, secretKey, UUID.randomUUID().toString(), path,
                json);
        return sendSigned(path, json, authorization, timeout);
    }

    HttpResponse<String> sendSigned(String path, String json, String authorization, Duration timeout)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("x-iyzi-client-version", "iyzipay-java-2.0.127")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonObject get(String pathAndQuery) throws Exception {
        String path = pathAndQuery.substring(0, pathAndQuery.indexOf('?'));
        String authorization = IyzicoSignatures.authorization(apiKey, secretKey, UUID.randomUUID().toString(), path,
                null);
        return SimulatorJson.read(HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** A payment request as iyzipay's samples build it: two basket items adding up to {@code price}. */
    static String order(String conversationId, String price, String paidPrice, String currency, String card,
                        int installment, String callbackUrl) {
        String paymentCard = card == null ? "" : "\"paymentCard\":{\"cardHolderName\":\"John Doe\",\"cardNumber\":\""
                + card + "\",\"expireMonth\":\"12\",\"expireYear\":\"2030\",\"cvc\":\"123\",\"registerCard\":0},";
        java.math.BigDecimal total = new java.math.BigDecimal(price);
        java.math.BigDecimal first = total.divide(java.math.BigDecimal.valueOf(3), 2, java.math.RoundingMode.DOWN);
        return "{\"locale\":\"tr\",\"conversationId\":\"" + conversationId + "\",\"price\":" + price
                + ",\"paidPrice\":" + paidPrice + ",\"installment\":" + installment + ",\"paymentChannel\":\"WEB\","
                + "\"basketId\":\"B-" + conversationId + "\",\"paymentGroup\":\"PRODUCT\"," + paymentCard
                + "\"buyer\":{\"id\":\"BY789\",\"name\":\"John\",\"surname\":\"Doe\","
                + "\"identityNumber\":\"74300864791\","
                + "\"email\":\"email@email.com\",\"registrationAddress\":\"Nidakule Göztepe\",\"city\":\"Istanbul\","
                + "\"country\":\"Turkey\",\"ip\":\"85.34.78.112\"},"
                + "\"shippingAddress\":{\"contactName\":\"Jane Doe\",\"city\":\"Istanbul\",\"country\":\"Turkey\","
                + "\"address\":\"Nidakule Göztepe\"},"
                + "\"billingAddress\":{\"contactName\":\"Jane Doe\",\"city\":\"Istanbul\",\"country\":\"Turkey\","
                + "\"address\":\"Nidakule Göztepe\"},"
                + "\"basketItems\":[{\"id\":\"BI101\",\"name\":\"Binocular\",\"category1\":\"Collectibles\","
                + "\"itemType\":\"PHYSICAL\",\"price\":" + first.toPlainString() + "},{\"id\":\"BI102\",\"name\":"
                + "\"Game code\",\"category1\":\"Game\",\"itemType\":\"VIRTUAL\",\"price\":"
                + total.subtract(first).toPlainString() + "}],\"currency\":\"" + currency + "\",\"callbackUrl\":\""
                + callbackUrl + "\"}";
    }
}
