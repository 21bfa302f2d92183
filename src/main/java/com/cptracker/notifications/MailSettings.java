package com.cptracker.notifications;

import java.time.DayOfWeek;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cptracker.mail}: the outbox's sender and what it writes. The SMTP server itself is Spring Boot's
 * {@code spring.mail.host}, {@code port}, {@code username} and {@code password}; with no host set, mail is written to
 * the log and kept, marked as logged.
 *
 * @param from The address mail is sent from.
 * @param baseUrl The application's address as people reach it, for the links in mail (no trailing slash).
 * @param pollInterval How often each instance sends the mail that is due.
 * @param planInterval How often each instance plans reminders (each is written once, whichever instance plans it) and
 *     makes the weekly digests on their day.
 * @param reminderDays How many days before a quarter's deadline the "deadline near" reminder goes.
 * @param maxAttempts How many times a mail is tried before it is marked failed.
 * @param retryDelay The wait after a first failed attempt; it doubles after each further one (at most a day).
 * @param digestDay The day of the week the weekly digests go.
 */
@ConfigurationProperties("cptracker.mail")
public record MailSettings(
        @DefaultValue("corporate-parenting-tracker@localhost")
        String from,

        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("10s") Duration pollInterval,
        @DefaultValue("15m") Duration planInterval,
        @DefaultValue("5") int reminderDays,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("MONDAY") DayOfWeek digestDay) {

    /** An address in the application, for a link in a mail. */
    public String link(String path) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + path;
    }
}
