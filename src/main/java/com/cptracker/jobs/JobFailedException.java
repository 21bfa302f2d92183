package com.cptracker.jobs;

/**
 * Thrown by a {@link JobHandler} to fail its job with a message for the person who started it: what is wrong and what to
 * fix ("Row 12 of Values: 'abc' is not a number"). The message is shown on the job's page as it is, so it must never
 * be an exception's text. Everything the handler wrote is rolled back, and the job is not tried again.
 */
public class JobFailedException extends RuntimeException {

    public JobFailedException(String messageForPeople) {
        super(messageForPeople);
    }
}
