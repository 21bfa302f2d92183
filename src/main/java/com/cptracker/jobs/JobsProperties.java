package com.cptracker.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cptracker.jobs}: the background jobs' runner on each instance.
 *
 * @param pollInterval How often each instance looks for a waiting job (and for one whose instance died).
 * @param lease How long an instance holds a job it is running without renewing its claim (it renews every third of
 *     this); a job whose lease ran out is taken up again by any instance. Keep it well above a pause of the machine.
 * @param maxAttempts How many times a job is started before it fails (each time its instance died or the application
 *     failed unexpectedly); a job that fails for its own reason (a wrong file) is not tried again.
 * @param fileRetention How long a finished job keeps its uploaded file; after that the file is deleted and the job's
 *     record stays.
 */
@ConfigurationProperties("cptracker.jobs")
public record JobsProperties(
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("30d") Duration fileRetention) {}
