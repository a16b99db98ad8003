package io.kervan.devkit.simulators;

/**
 * What an injected fault does to the next request of an endpoint (the iyzico and PAYNET simulators take them per
 * endpoint). Each models what a caller cannot tell apart from the real provider misbehaving.
 */
public enum SimulatedFault {

    /** The request is accepted and never answered: the connection is held for the slow-answer delay, then closed.
     *  Nothing is carried out. */
    HANG,

    /** The request is carried out, and answered only after the slow-answer delay: longer than a client waits. */
    SLOW_ANSWER,

    /** A 500 before anything is carried out. */
    SERVER_ERROR,

    /** The request is carried out and the connection is closed without an answer: the caller must ask again
     *  (retrieve, check) to learn what happened. */
    LOST_ANSWER
}
