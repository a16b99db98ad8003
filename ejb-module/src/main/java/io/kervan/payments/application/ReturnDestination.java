package io.kervan.payments.application;

/** Where the shopper goes after the provider's page: the shop's return or cancel URL, with the settled payment. */
public record ReturnDestination(PaymentView payment, String url) {
}
