package com.cptracker.jobs;

/** Where a job is: waiting for a worker, being worked on, or finished either way. */
public enum JobState {
    QUEUED("Waiting to start"),
    RUNNING("Running"),
    SUCCEEDED("Finished"),
    FAILED("Failed");

    private final String label;

    JobState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
