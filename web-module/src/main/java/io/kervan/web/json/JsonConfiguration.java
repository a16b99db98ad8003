package io.kervan.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON: snake_case names as in the shops' documents, nulls written out, and unknown fields refused so a
 * typo in a request is a 400 rather than a silently ignored value. Requests are read strictly: through
 * {@link StrictJsonParser} (no NUL, no oversized number or exponent, nothing after the value), with whole numbers for
 * counts ({@link WholeNumbers}), decimals for amounts ({@link Decimals}), true or false for flags ({@link Booleans})
 * and objects for maps ({@link JsonObjects}).
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.newBuilder()
            .withProvider(new StrictJsonProvider(JsonProvider.provider()))
            .withConfig(new JsonbConfig()
                    .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
                    .withNullValues(true)
                    .setProperty("jsonb.fail-on-unknown-properties", true)
                    .withDeserializers(new WholeNumbers.Integers(), new WholeNumbers.Longs(), new Decimals(),
                            new Booleans(), new JsonObjects()))
            .build();

    /** The same JSON for what is written outside JAX-RS (error pages). */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
