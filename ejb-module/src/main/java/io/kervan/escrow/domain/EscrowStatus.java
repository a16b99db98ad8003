package io.kervan.escrow.domain;

import io.kervan.shared.domain.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an escrow's money is: {@code held} while any of it waits (a partial refund leaves the rest held),
 * {@code released} once what was left went to the shop, {@code refunded} once all of it went back to the customer.
 */
public enum EscrowStatus {
    HELD, RELEASED, REFUNDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EscrowStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("state", "state must be held, released or refunded"));
    }
}
