package com.cptracker.jobs.domain;

/**
 * One instance's hold on one attempt at a job. Every write a worker makes is fenced by it: once another instance has
 * claimed the job again (this one's lease ran out), this one's progress, renewals and outcome change nothing.
 */
public record Claim(long jobId, String instance, int attempt) {}
