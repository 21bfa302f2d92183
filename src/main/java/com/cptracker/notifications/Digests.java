package com.cptracker.notifications;

import com.cptracker.notifications.domain.OutboxRow;
import com.cptracker.notifications.domain.OutboxStore;
import com.cptracker.users.Contact;
import com.cptracker.users.UserService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest: on {@code cptracker.mail.digest-day}, each person's held notices become one mail, once a week
 * (its dedupe key is the person and the week), each notice marked as sent in it. A notice held after that week's
 * digest waits for the next.
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final OutboxStore store;
    private final UserService users;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MailSettings settings;

    Digests(
            OutboxStore store,
            UserService users,
            Outbox outbox,
            PlatformTransactionManager transactions,
            Clock clock,
            MailSettings settings) {
        this.store = store;
        this.users = users;
        this.outbox = outbox;
        this.tx = OwnTransaction.of(transactions);
        this.clock = clock;
        this.settings = settings;
    }

    /** On the digest day, writes each person's digest of the week if not yet written; returns how many it wrote. */
    public int makeDue() {
        LocalDate today = LocalDate.now(clock);
        if (today.getDayOfWeek() != settings.digestDay()) {
            return 0;
        }
        int written = 0;
        for (Long person : store.heldRecipients()) {
            try {
                if (Boolean.TRUE.equals(tx.execute(s -> digestFor(person, today)))) {
                    written++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not make the digest of user {}: {}", person, e.toString());
            }
        }
        return written;
    }

    private boolean digestFor(long personId, LocalDate today) {
        List<OutboxRow> held = store.lockHeld(personId);
        List<Contact> person = users.contacts(List.of(personId));
        if (held.isEmpty() || person.isEmpty()) {
            return false;
        }
        Contact to = person.getFirst();
        String key = "digest:" + personId + ":" + today;
        String items = held.stream()
                .map(r -> r.entry().subject() + "\n"
                        + "-".repeat(Math.min(r.entry().subject().length(), 70)) + "\n" + text(r.body(), to))
                .collect(Collectors.joining("\n\n"));
        String body = "Dear " + to.displayName() + ",\n\nYour weekly digest of " + DAY.format(today) + ": "
                + held.size() + (held.size() == 1 ? " notice" : " notices") + ".\n\n" + items + "\n\n"
                + Notices.footer(settings);
        if (!outbox.write(
                key,
                MailKind.DIGEST,
                to,
                "Your weekly digest: " + held.size() + (held.size() == 1 ? " notice" : " notices"),
                body)) {
            return false; // this week's digest is written: these wait for the next
        }
        store.digested(held.stream().map(OutboxRow::id).toList(), store.idOf(key));
        return true;
    }

    /** A notice's words without its greeting and footer, which the digest gives once. */
    private static String text(String body, Contact to) {
        String greeting = "Dear " + to.displayName() + ",\n\n";
        String s = body.startsWith(greeting) ? body.substring(greeting.length()) : body;
        int footer = s.indexOf("\n\n" + Notices.FOOTER);
        return footer < 0 ? s : s.substring(0, footer);
    }
}
