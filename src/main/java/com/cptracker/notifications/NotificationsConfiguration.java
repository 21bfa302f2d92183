package com.cptracker.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * The schedule on each instance: the outbox sent every {@code cptracker.mail.poll-interval}; reminders planned and
 * digests made every {@code cptracker.mail.plan-interval}. Every instance runs them; the outbox's locks and dedupe keys
 * make each mail written once and sent once between them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationsConfiguration {

    @Bean
    SchedulingConfigurer mailSchedule(OutboxSender sender, Reminders reminders, Digests digests, MailSettings s) {
        Duration poll = s.pollInterval();
        Duration plan = s.planInterval();
        return registrar -> {
            registrar.addFixedDelayTask(new FixedDelayTask(sender::poll, poll, poll));
            registrar.addFixedDelayTask(new FixedDelayTask(
                    () -> {
                        reminders.plan();
                        digests.makeDue();
                    },
                    plan,
                    plan));
        };
    }
}
