package io.kervan.devkit.simulators;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A fresh iyzico simulator per test class, a local shop that receives its posts, and a client signed as the shop. */
abstract class IyzicoTestSupport {

    static IyzicoSimulator iyzico;
    static CallbackReceiver shop;
    static IyzicoClient client;
    static IyzicoShopper shopper;

    @BeforeAll
    static void start() {
        iyzico = IyzicoSimulator.start();
        shop = CallbackReceiver.start();
        client = new IyzicoClient(iyzico.baseUrl(), IyzicoSimulator.API_KEY, IyzicoSimulator.SECRET_KEY);
        shopper = new IyzicoShopper(client, shop);
    }

    @AfterAll
    static void stop() {
        iyzico.close();
        shop.close();
    }
}
