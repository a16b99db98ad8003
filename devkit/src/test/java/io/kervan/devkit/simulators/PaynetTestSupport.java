package io.kervan.devkit.simulators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A fresh PAYNET simulator per test class, a local shop that receives its posts, and a client with the test key.
 * One test instance per class keeps them apart even if classes run in parallel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PaynetTestSupport {

    PaynetSimulator paynet;
    CallbackReceiver shop;
    PaynetClient client;

    @BeforeAll
    void start() {
        paynet = PaynetSimulator.start();
        shop = CallbackReceiver.start();
        client = new PaynetClient(paynet.baseUrl(), PaynetSimulator.SECRET_KEY, shop);
    }

    @AfterAll
    void stop() {
        paynet.close();
        shop.close();
    }
}
