package io.kervan.payments.provider;

/**
 * What the provider says about a refund: done (with its reference), refused (with why), or taken in for review
 * ({@link Result#PENDING}: a provider whose operations review refunds, such as PAYNET, tells its decision later, and
 * Kervan keeps the refund pending until then without asking for it again).
 */
public record RefundOutcome(Result result, String reference, String message) {

    public enum Result { SUCCEEDED, FAILED, PENDING }

    public RefundOutcome(boolean succeeded, String reference, String message) {
        this(succeeded ? Result.SUCCEEDED : Result.FAILED, reference, message);
    }

    public static RefundOutcome pending(String reference, String message) {
        return new RefundOutcome(Result.PENDING, reference, message);
    }

    public boolean succeeded() {
        return result == Result.SUCCEEDED;
    }

    public boolean pending() {
        return result == Result.PENDING;
    }
}
