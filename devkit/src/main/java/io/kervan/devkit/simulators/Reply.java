package io.kervan.devkit.simulators;

/** An answer a simulator sends: HTTP status, content type and body. */
record Reply(int status, String contentType, String body) {

    static Reply json(int status, String body) {
        return new Reply(status, "application/json; charset=utf-8", body);
    }

    static Reply html(int status, String body) {
        return new Reply(status, "text/html; charset=utf-8", body);
    }

    static Reply text(int status, String body) {
        return new Reply(status, "text/plain; charset=utf-8", body);
    }
}
