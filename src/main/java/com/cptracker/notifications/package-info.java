/**
 * Email, reliably: every mail is written to an outbox ({@code mail_outbox}) in the transaction of the change that
 * causes it ({@link Outbox#write}), and sent afterwards by a scheduled sender on any instance ({@link OutboxSender}),
 * which retries with back-off and marks a mail failed after {@code cptracker.mail.max-attempts}; two instances never
 * send one row. Without an SMTP server ({@code spring.mail.host} unset) mail is written to the log and kept. What is
 * written: reminders to each action lead, measure owner and work-area lead of what is outstanding in an open quarter
 * ({@link Reminders}), notices of the board's challenges ({@code challenges} events), and each person's weekly digest
 * of notices when they choose one ({@link Digests}). The pages: a person's choice ({@code /my/email}) and the
 * administrators' outbox ({@code /admin/mail}).
 */
package com.cptracker.notifications;
