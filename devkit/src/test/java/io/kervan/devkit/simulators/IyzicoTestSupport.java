package io.kervan.devkit.simulators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A fresh iyzico simulator per test class, a local shop that receives its posts, and a client signed as the shop.
 * One test instance per class keeps them apart even if classes run in parallel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IyzicoTestSupport {

    IyzicoSimulator iyzico;
    CallbackReceiver shop;
    IyzicoClient client;
    IyzicoShopper shopper;

    @BeforeAll
    void start() {
        iyzico = IyzicoSimulator.start();
        shop = CallbackReceiver.start();
        client = new IyzicoClient(iyzico.baseUrl(), IyzicoSimulator.API_KEY, IyzicoSimulator.SECRET_KEY);
        shopper = new IyzicoShopper(client, shop);
    }

    @AfterAll
    void stop() {
        iyzico.close();
        shop.close();
    }
}
