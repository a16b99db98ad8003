package io.kervan.web.errors;

import io.kervan.payments.domain.PaymentError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * A provider call that MicroProfile Fault Tolerance cut short ({@code @Timeout}) or did not make (an open
 * {@code @CircuitBreaker}): the provider is not answering, which is a 503 the caller may retry, not a 500. Only
 * provider calls carry these annotations, and the transaction that made the call is rolled back.
 */
@Provider
public class FaultToleranceExceptionMapper implements ExceptionMapper<FaultToleranceException> {

    @Override
    public Response toResponse(FaultToleranceException e) {
        return Problem.response(PaymentError.PROVIDER_UNAVAILABLE,
                "The provider did not answer in time; try again in a moment");
    }
}
