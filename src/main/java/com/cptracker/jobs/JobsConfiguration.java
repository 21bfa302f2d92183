package com.cptracker.jobs;

import com.cptracker.jobs.domain.JobStore;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * This instance's {@link JobRunner}, polling for jobs every {@code cptracker.jobs.poll-interval} and, once an hour,
 * deleting the files of jobs that finished longer ago than {@code cptracker.jobs.file-retention}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

    private static final Duration CLEAN_UP_EVERY = Duration.ofHours(1);

    @Bean
    JobRunner jobRunner(
            JobStore store,
            JobHandlers handlers,
            PlatformTransactionManager transactions,
            UserDetailsService accounts,
            Clock clock,
            JobsProperties properties) {
        // this process and a random part, so that two instances on one machine (or a restart) never share claims
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        return new JobRunner(store, handlers, transactions, accounts, clock, properties, instance);
    }

    @Bean
    SchedulingConfigurer jobSchedule(JobRunner runner, JobsProperties properties) {
        Duration poll = properties.pollInterval();
        return registrar -> {
            registrar.addFixedDelayTask(new FixedDelayTask(runner::poll, poll, poll));
            registrar.addFixedDelayTask(
                    new FixedDelayTask(runner::forgetOldFiles, CLEAN_UP_EVERY, Duration.ofMinutes(1)));
        };
    }
}
