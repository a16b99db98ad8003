package io.kervan.shared.domain;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * An expected business failure. It rolls back the transaction it crosses and reaches the client as RFC 9457
 * problem JSON with its {@link ErrorCode}; {@code detail} is shown to the client, so it never carries secrets,
 * SQL or class names. {@code properties} become extra members of the problem (e.g. {@code allowed_statuses}).
 */
@ApplicationException(rollback = true, inherited = true)
public class KervanException extends RuntimeException {

    private final transient ErrorCode errorCode;
    private final transient Map<String, Object> properties;

    public KervanException(ErrorCode errorCode, String detail) {
        this(errorCode, detail, Map.of());
    }

    public KervanException(ErrorCode errorCode, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.errorCode = errorCode;
        this.properties = Map.copyOf(properties);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
