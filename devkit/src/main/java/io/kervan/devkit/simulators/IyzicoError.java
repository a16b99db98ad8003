package io.kervan.devkit.simulators;

/**
 * A failure iyzico answers with {@code status: failure}: {@code errorCode}, {@code errorMessage} in the request's
 * locale, and {@code errorGroup} for bank declines. Codes marked "own" are the simulator's, where iyzico's documents
 * name none (README, iyzico section).
 */
record IyzicoError(String code, String tr, String en, String group) {

    static final IyzicoError INVALID_REQUEST = of("11", "Geçersiz istek", "Invalid request");
    static final IyzicoError INVALID_SIGNATURE = of("1000", "Geçersiz imza", "Invalid signature");
    static final IyzicoError API_KEY_NOT_FOUND = of("1001", "Api bilgileri bulunamadı", "Api information not found");
    static final IyzicoError INVALID_CARD_NUMBER = of("12", "Kart numarası geçersizdir", "Invalid card number");
    static final IyzicoError BASKET_NOT_EQUAL_PRICE = of("5062",
            "Gönderilen tutar tüm kırılımların toplam tutarına eşit olmalıdır",
            "Price should be equal to the sum of the basket items' prices");
    static final IyzicoError BIN_LENGTH = of("5007", "binNumber 6 karakter olmalıdır",
            "binNumber must be 6 characters");
    static final IyzicoError TOKEN_NOT_FOUND = of("5124", "token bulunamadı", "token not found");
    static final IyzicoError DOMESTIC_CARD_FOREIGN_CURRENCY = of("5184", "Yerli kartlar ile döviz ödemesi yapılamaz",
            "Payments in foreign currency cannot be made with domestic cards");
    // own codes: iyzico's documents show none for these cases
    static final IyzicoError REFUND_EXCEEDS = of("5100", "İade tutarı, iade edilebilir tutardan büyük olamaz",
            "Refund price cannot exceed the refundable amount");
    static final IyzicoError PAYMENT_NOT_FOUND = of("5101", "Ödeme bulunamadı", "Payment not found");
    static final IyzicoError NOT_REFUNDABLE = of("5102", "Bu ödeme iptal ya da iade edilemez",
            "This payment cannot be cancelled or refunded");
    static final IyzicoError THREEDS_NOT_VERIFIED = of("5103", "3D Secure doğrulaması başarısız",
            "3D Secure verification failed");
    static final IyzicoError ALREADY_COMPLETED = of("5104", "Ödeme daha önce tamamlanmış",
            "The payment has already been completed");
    static final IyzicoError CANCEL_NOT_SAME_DAY = of("5105", "İptal yalnızca ödeme günü yapılabilir, iade yapınız",
            "A payment can be cancelled only on its day; refund it instead");
    static final IyzicoError NOT_CANCELLABLE = of("5106", "İade ya da iptal edilmiş ödeme iptal edilemez",
            "A refunded or cancelled payment cannot be cancelled");
    static final IyzicoError INSTALLMENT_NOT_OFFERED = of("5107", "Bu kart için taksit seçeneği geçersiz",
            "The installment is not offered for this card");
    static final IyzicoError CURRENCY_MISMATCH = of("5108", "Para birimi ödeme ile uyuşmuyor",
            "The currency does not match the payment");
    static final IyzicoError DATA_MISMATCH = of("5109", "Gönderilen bilgiler ödeme ile uyuşmuyor",
            "The values sent do not match the payment");
    static final IyzicoError THREEDS_INIT_FAILED = of("5110", "3D Secure başlatılamadı",
            "3D Secure could not be initialized");
    static final IyzicoError CARD_NOT_FOUND = of("5112", "Kart bulunamadı", "Card not found");
    static final IyzicoError CARD_USER_NOT_FOUND = of("5113", "Kart kullanıcısı bulunamadı", "Card user not found");
    static final IyzicoError NOT_PAID = of("5111", "Ödeme tamamlanmamış", "The payment is not completed");

    private static IyzicoError of(String code, String tr, String en) {
        return new IyzicoError(code, tr, en, null);
    }

    /** {@code name gönderilmesi zorunludur}: 5004 for price (seen in iyzico's samples), its own codes otherwise. */
    static IyzicoError required(String field) {
        String code = switch (field) {
            case "price" -> "5004";
            case "token" -> "5132";
            case "email" -> "3";
            case "identityNumber" -> "8";
            default -> "5001";
        };
        return of(code, field + " gönderilmesi zorunludur", field + " is required");
    }

    /** A field that is there but not valid: the simulator's own code. */
    static IyzicoError invalid(String field) {
        return of("5002", field + " geçersizdir", field + " is not valid");
    }

    String message(String locale) {
        return "en".equals(locale) ? en : tr;
    }
}
