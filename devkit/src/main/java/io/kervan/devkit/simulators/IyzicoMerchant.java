package io.kervan.devkit.simulators;

/** A merchant account of the iyzico simulator: its key pair, and the numeric id its webhooks carry. */
record IyzicoMerchant(String apiKey, String secretKey, long merchantId) {
}
