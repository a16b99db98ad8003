package io.kervan.esim.provider.esimgo;

import io.kervan.esim.domain.EsimError;
import io.kervan.esim.domain.UsageCallback;
import io.kervan.integrations.domain.Secret;
import io.kervan.shared.domain.InvalidInputException;
import io.kervan.shared.domain.KervanException;
import io.kervan.shared.domain.StoredText;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Reads eSIM Go's usage callback (callback version 3; {@code {iccid, alertType, bundle: {id, reference, name,
 * initialQuantity, remainingQuantity, unlimited, …}}}), once its signature ({@link EsimGoSignature}, keyed with the
 * integration's API key of its current mode) has been checked on the raw body. Unlike answers to
 * Kervan's own calls it is read strictly: a callback that cannot say which eSIM and how much data is left is refused
 * with the field named, rather than taken as zero.
 */
final class EsimGoCallbacks {

    private EsimGoCallbacks() {
    }

    /** Checks the signature, then reads the body; either failing refuses the callback and nothing is read. */
    static UsageCallback readSigned(String body, Map<String, String> headers, Secret apiKey) {
        String signature = headers.get(EsimGoSignature.HEADER.toLowerCase(Locale.ROOT));
        if (apiKey == null || !EsimGoSignature.verifies(body.getBytes(StandardCharsets.UTF_8), signature, apiKey)) {
            throw new KervanException(EsimError.INVALID_CALLBACK, signature == null
                    ? "The callback has no " + EsimGoSignature.HEADER + " header"
                    : EsimGoSignature.HEADER + " is not the HMAC-SHA256 of the body with this integration's API key");
        }
        return read(body);
    }

    static UsageCallback read(String body) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(body))) {
            o = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "The callback is not a JSON object");
        }
        String iccid = text(o, "iccid", "iccid");
        if (!iccid.matches("[0-9]{18,22}")) {
            throw new InvalidInputException("iccid", "iccid must be an ICCID of 18 to 22 digits");
        }
        String alertType = text(o, "alertType", "alertType");
        if (!(o.get("bundle") instanceof JsonObject bundle)) {
            return new UsageCallback(iccid, alertType, null);
        }
        boolean unlimited = bundle.getBoolean("unlimited", false);
        return new UsageCallback(iccid, alertType, new UsageCallback.BundleUsage(
                text(bundle, "reference", "bundle.reference"), text(bundle, "name", "bundle.name"),
                bytes(bundle, "initialQuantity"), bytes(bundle, "remainingQuantity"), unlimited));
    }

    private static String text(JsonObject o, String name, String field) {
        if (o.get(name) instanceof JsonString s && !s.getString().isBlank() && s.getString().length() <= 100) {
            return StoredText.require(field, s.getString().strip(), 100);
        }
        throw new InvalidInputException(field, field + " must be a text of 1 to 100 characters");
    }

    private static long bytes(JsonObject o, String name) {
        try {
            if (o.get(name) instanceof JsonNumber n && n.isIntegral() && n.longValueExact() >= 0) {
                return n.longValueExact();
            }
        } catch (ArithmeticException tooLarge) {
            // refused below
        }
        throw new InvalidInputException("bundle." + name, "bundle." + name + " must be a whole number of bytes");
    }
}
