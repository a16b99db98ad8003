package io.kervan.shared.domain;

import java.util.List;
import java.util.Map;

/** Input that passed syntax checks but breaks a rule only the service can check (e.g. an unknown currency). */
public class InvalidInputException extends KervanException {

    public InvalidInputException(String field, String message) {
        super(CommonError.VALIDATION_FAILED, message,
                Map.of("errors", List.of(new FieldError(field, message))));
    }
}
