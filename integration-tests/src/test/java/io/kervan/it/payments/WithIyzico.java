package io.kervan.it.payments;

import io.kervan.devkit.simulators.IyzicoSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The iyzico simulator, knowing the test shops' merchant keys, started before a test class's first test and stopped
 * after its last: what every black-box iyzico test needs before its shop can take a payment.
 */
abstract class WithIyzico {

    /** The simulator of the test class that runs now (classes run one at a time). */
    static IyzicoSimulator iyzico;

    @BeforeAll
    static void startIyzico() {
        iyzico = IyzicoShopper.startIyzico();
    }

    @AfterAll
    static void stopIyzico() {
        iyzico.close();
    }
}
