package io.kervan.identity.domain;

import io.kervan.shared.domain.CommonError;
import io.kervan.shared.domain.FieldError;
import io.kervan.shared.domain.KervanException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Telegram's login widget hands the shopper's browser: the user's id, names, {@code auth_date} and a {@code hash}
 * that Telegram computed over all the other fields with the shop's bot token (HMAC-SHA256 keyed with SHA-256 of the
 * token, over the fields sorted by name as {@code name=value} lines). Every field received counts, including any that
 * Telegram adds later, so nothing can be added or left out without breaking the hash.
 */
public final class TelegramLogin {

    /** How far in the future an {@code auth_date} may lie, for clocks that disagree a little. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private static final List<String> REQUIRED = List.of("id", "first_name", "auth_date", "hash");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,64}");
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");
    /** Positive and within a long. */
    private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,17}");
    private static final int MAX_VALUE_LENGTH = 1024;
    /** Telegram's own limit for names (usernames are shorter); it fits the customers' columns. */
    private static final int MAX_NAME_LENGTH = 64;

    private final SortedMap<String, String> signedFields;
    private final String hash;
    private final long userId;
    private final Instant authDate;

    private TelegramLogin(SortedMap<String, String> signedFields, String hash, long userId, Instant authDate) {
        this.signedFields = signedFields;
        this.hash = hash;
        this.userId = userId;
        this.authDate = authDate;
    }

    /** Reads the widget's fields; a missing or malformed one is a 400 naming it (nothing is verified yet). */
    public static TelegramLogin of(Map<String, String> received) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : REQUIRED) {
            if (received.get(name) == null || received.get(name).isBlank()) {
                errors.add(new FieldError(name, name + " is required; send every field Telegram's login widget gave"));
            }
        }
        received.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                errors.add(new FieldError(name, "field names are lower-case letters, digits and underscores"));
            } else if (value == null || value.length() > MAX_VALUE_LENGTH || value.indexOf('\n') >= 0) {
                // A line break would let one field pose as several in the checked string.
                errors.add(new FieldError(name, name + " must be one line of at most " + MAX_VALUE_LENGTH
                        + " characters"));
            }
        });
        if (errors.isEmpty()) {
            for (String name : List.of("id", "auth_date")) {
                require(POSITIVE.matcher(received.get(name)).matches(), name,
                        name + " must be a positive whole number", errors);
            }
            require(HASH.matcher(received.get("hash")).matches(), "hash", "hash must be 64 hexadecimal characters",
                    errors);
            for (String name : List.of("first_name", "last_name", "username")) {
                require(received.getOrDefault(name, "").length() <= MAX_NAME_LENGTH, name,
                        name + " is at most " + MAX_NAME_LENGTH + " characters", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new KervanException(CommonError.VALIDATION_FAILED, "The Telegram login is incomplete or malformed: "
                    + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")),
                    Map.of("errors", errors));
        }
        SortedMap<String, String> signed = new TreeMap<>(received);
        signed.remove("hash");
        return new TelegramLogin(signed, received.get("hash"), Long.parseLong(received.get("id")),
                Instant.ofEpochSecond(Long.parseLong(received.get("auth_date"))));
    }

    /** The string Telegram signed: every field but {@code hash}, sorted by name, as {@code name=value} lines. */
    public String dataCheckString() {
        return signedFields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    /** The signature Telegram sent with the fields, in hex; checked by the Telegram adapter. */
    public String hash() {
        return hash;
    }

    /** Whether Telegram vouched for the user at most {@code maxAge} before {@code now} (and not in the future). */
    public boolean isFreshAt(Instant now, Duration maxAge) {
        return !authDate.isBefore(now.minus(maxAge)) && !authDate.isAfter(now.plus(CLOCK_SKEW));
    }

    public TelegramAccount account() {
        return new TelegramAccount(userId, signedFields.get("username"));
    }

    public long userId() {
        return userId;
    }

    public String firstName() {
        return signedFields.get("first_name");
    }

    /** Null when the Telegram user has none. */
    public String lastName() {
        return signedFields.get("last_name");
    }

    public Instant authDate() {
        return authDate;
    }

    private static void require(boolean ok, String field, String message, List<FieldError> errors) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }
}
