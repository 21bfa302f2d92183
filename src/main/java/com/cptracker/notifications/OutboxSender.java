package com.cptracker.notifications;

import com.cptracker.notifications.domain.OutboxRow;
import com.cptracker.notifications.domain.OutboxStore;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due mail, one row at a time, each in its own transaction that holds the row's lock
 * ({@code FOR UPDATE SKIP LOCKED}) from before the SMTP server is given the mail until the row is marked sent: another
 * instance skips a row being sent, and a row whose instance died mid-send is still pending, its lock gone with the
 * connection. With no SMTP server configured ({@code spring.mail.host} unset) the mail is written to the log and the
 * row kept, marked LOGGED.
 *
 * <p>The one window left: the SMTP server accepted a mail and the instance died (or the database went away) before the
 * commit that marks it sent; it is then sent again. Each row's mail carries a Message-ID made from the row alone, the
 * same on every attempt, so that mail servers and clients that drop a repeated Message-ID show it once.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final ObjectProvider<JavaMailSender> smtp;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MailSettings settings;
    private final Backoff backoff;
    private final AtomicBoolean busy = new AtomicBoolean();

    OutboxSender(
            OutboxStore store,
            ObjectProvider<JavaMailSender> smtp,
            PlatformTransactionManager transactions,
            Clock clock,
            MailSettings settings) {
        this.store = store;
        this.smtp = smtp;
        this.tx = OwnTransaction.of(transactions);
        this.clock = clock;
        this.settings = settings;
        this.backoff = new Backoff(settings.retryDelay(), settings.maxAttempts());
    }

    /** The schedule's call: sends what is due, unless this instance is already sending. */
    void poll() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Could not send the outbox's mail: {}", e.toString());
        } finally {
            busy.set(false);
        }
    }

    /** Sends every mail due now, one after another, on the calling thread; returns how many rows it took. */
    public int sendDue() {
        int taken = 0;
        while (Boolean.TRUE.equals(tx.execute(s -> sendNext()))) {
            taken++;
        }
        return taken;
    }

    private boolean sendNext() {
        Optional<OutboxRow> next = store.lockNextDue(clock.instant());
        if (next.isEmpty()) {
            return false;
        }
        OutboxRow row = next.get();
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            log.info(
                    "Mail (no SMTP server configured, spring.mail.host unset) to {} <{}>: {}\n{}",
                    row.entry().recipientName(),
                    row.entry().recipientAddress(),
                    row.entry().subject(),
                    row.body());
            store.delivered(row.id(), "LOGGED", clock.instant());
            return true;
        }
        try {
            sender.send(message(sender, row));
            store.delivered(row.id(), "SENT", clock.instant());
        } catch (MailException | MessagingException e) {
            Instant retry = backoff.next(row.entry().attempts() + 1, clock.instant());
            log.warn("Mail {} not sent (attempt {}): {}", row.id(), row.entry().attempts() + 1, e.toString());
            store.attemptFailed(row.id(), error(e), retry);
        }
        return true;
    }

    private MimeMessage message(JavaMailSender sender, OutboxRow row) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(row.entry().recipientAddress());
        helper.setSubject(row.entry().subject());
        helper.setText(row.body());
        // Kept by JavaMailSenderImpl when it saves the message: the same on every attempt at this row
        message.setHeader("Message-ID", messageId(row));
        return message;
    }

    /** The row's Message-ID: its id and dedupe key, at the application's host. */
    String messageId(OutboxRow row) {
        String host =
                Optional.ofNullable(URI.create(settings.baseUrl()).getHost()).orElse("localhost");
        return "<outbox-" + row.id() + "." + Integer.toHexString(row.dedupeKey().hashCode()) + "@" + host + ">";
    }

    /** What the outbox page says went wrong: the mail server's own words, shortened. */
    private static String error(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String words = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return words.length() > 900 ? words.substring(0, 900) : words;
    }
}
