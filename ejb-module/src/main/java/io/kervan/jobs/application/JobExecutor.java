package io.kervan.jobs.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Runs a job's handler in its own transaction, so a failing handler rolls back only its own work. */
@Stateless
public class JobExecutor {

    @Inject
    @Any
    Instance<JobHandler> handlers;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void execute(String kind, String payload) {
        JobHandler handler = handlers.stream().filter(h -> h.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No handler for jobs of kind " + kind));
        try {
            handler.handle(payload);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
