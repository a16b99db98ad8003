package io.kervan.devkit.simulators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A fresh PAYNET simulator per test class, a local shop that receives its posts, and a client with the test key. */
abstract class PaynetTestSupport {

    static PaynetSimulator paynet;
    static CallbackReceiver shop;
    static PaynetClient client;

    @BeforeAll
    static void start() {
        paynet = PaynetSimulator.start();
        shop = CallbackReceiver.start();
        client = new PaynetClient(paynet.baseUrl(), PaynetSimulator.SECRET_KEY, shop);
    }

    @AfterAll
    static void stop() {
        paynet.close();
        shop.close();
    }
}
