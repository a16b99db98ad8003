package io.kervan.jobs.application;

/**
 * Does one kind of job. Implementations are CDI beans; {@link #handle} runs in its own transaction with the job's
 * tenant set, and may throw to ask for a retry.
 */
public interface JobHandler {

    String kind();

    void handle(String payload) throws Exception;
}
