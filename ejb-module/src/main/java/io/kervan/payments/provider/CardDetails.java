package io.kervan.payments.provider;

import io.kervan.shared.domain.InvalidInputException;

import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A card as the shopper typed it on Kervan's card page, on its way to the provider within the same request. It is
 * never stored and never logged: {@code toString} shows only the last four digits, and no validation message repeats
 * what was typed.
 *
 * @param expiryYear four digits
 */
public record CardDetails(String holderName, String number, int expiryMonth, int expiryYear, String cvv) {

    public CardDetails {
        if (holderName == null || holderName.isBlank() || holderName.strip().length() > 60) {
            throw new InvalidInputException("card_holder_name", "card_holder_name is 1 to 60 characters");
        }
        holderName = holderName.strip();
        if (number == null || !number.matches("\\d{12,19}") || !passesLuhn(number)) {
            throw new InvalidInputException("card_number", "card_number is not a valid card number");
        }
        if (expiryMonth < 1 || expiryMonth > 12 || expiryYear < 2000 || expiryYear > 2099) {
            throw new InvalidInputException("card_expiry", "the expiry date must be a month (01-12) and a year");
        }
        if (YearMonth.of(expiryYear, expiryMonth).isBefore(YearMonth.now(ZoneOffset.UTC))) {
            throw new InvalidInputException("card_expiry", "the card has expired");
        }
        if (cvv == null || !cvv.matches("\\d{3,4}")) {
            throw new InvalidInputException("card_cvv", "card_cvv is 3 or 4 digits");
        }
    }

    /** Reads the card page's fields; a two-digit year means 20yy. Missing or non-numeric dates are invalid. */
    public static CardDetails of(String holderName, String number, String month, String year, String cvv) {
        String digits = number == null ? null : number.replaceAll("[\\s-]", "");
        if (month == null || !month.strip().matches("\\d{1,2}")
                || year == null || !year.strip().matches("\\d{2}|\\d{4}")) {
            throw new InvalidInputException("card_expiry", "the expiry date must be a month (01-12) and a year");
        }
        int fullYear = Integer.parseInt(year.strip());
        return new CardDetails(holderName, digits, Integer.parseInt(month.strip()),
                fullYear < 100 ? 2000 + fullYear : fullYear, cvv == null ? null : cvv.strip());
    }

    /** The first six digits: what providers tell the card's bank and installment programme by. */
    public String bin() {
        return number.substring(0, 6);
    }

    public String lastFour() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return "CardDetails[••••" + lastFour() + "]";
    }

    private static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
