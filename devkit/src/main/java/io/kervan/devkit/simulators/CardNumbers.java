package io.kervan.devkit.simulators;

/** What the simulators check and show of a card number. */
final class CardNumbers {

    private CardNumbers() {
    }

    /** 12 to 19 digits that pass the Luhn check. */
    static boolean valid(String number) {
        if (number == null || !number.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (twice) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** The first six and last four digits, the rest as {@code *}. */
    static String masked(String number) {
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }
}
