package com.cptracker.notifications;

import com.cptracker.assessment.RatingService;
import com.cptracker.assessment.RatingService.RatingWork;
import com.cptracker.reporting.QuarterService.QuarterStatus;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.users.Contact;
import com.cptracker.users.UserService;
import com.cptracker.work.WorkService;
import com.cptracker.work.WorkService.StrategyWork;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans the reminders: to each person with something outstanding in a strategy's open quarter (an action's update, a
 * measure's value, a work area's update, a self-assessment rating, as My work lists them: {@link WorkService},
 * {@link RatingService}), one mail when the quarter is open, one {@code cptracker.mail.reminder-days} before its deadline and one once it is overdue, each listing exactly
 * what is still outstanding, and none when nothing is. Each has a dedupe key (person, strategy, quarter, kind), so it
 * is written once however many instances plan it and however often. A reminder names the person's own items only,
 * and no figure: nothing of an unpublished quarter beyond what is theirs to do.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final WorkService work;
    private final RatingService ratings;
    private final UserService users;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final MailSettings settings;

    Reminders(
            WorkService work,
            RatingService ratings,
            UserService users,
            Outbox outbox,
            PlatformTransactionManager transactions,
            Clock clock,
            MailSettings settings) {
        this.work = work;
        this.ratings = ratings;
        this.users = users;
        this.outbox = outbox;
        this.tx = OwnTransaction.of(transactions);
        this.clock = clock;
        this.settings = settings;
    }

    /** Writes the reminders due today that are not yet written; returns how many it wrote. */
    public int plan() {
        int written = 0;
        for (Contact person : users.enabledContacts()) {
            try {
                Integer n = tx.execute(s -> planFor(person));
                written += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.warn("Could not plan the reminders of user {}: {}", person.id(), e.toString());
            }
        }
        return written;
    }

    /** A strategy's open quarter and what this person still has to do in it. */
    record Due(StrategySummary strategy, QuarterStatus open, List<String> items) {}

    private int planFor(Contact person) {
        int written = 0;
        LocalDate today = LocalDate.now(clock);
        for (Due due : due(person.id())) {
            MailKind kind = kind(due.open(), today);
            String key = "reminder:" + person.id() + ":" + due.strategy().id() + ":"
                    + due.open().quarter().code() + ":" + kind;
            if (outbox.write(key, kind, person, subject(due, kind), body(person, due, kind, today))) {
                written++;
            }
        }
        return written;
    }

    /**
     * Per strategy with a quarter open, what the person still has to do in it: My work's items, then the
     * self-assessment criteria they have not rated; only strategies where something is outstanding.
     */
    List<Due> due(long personId) {
        Map<Long, Due> due = new LinkedHashMap<>();
        for (StrategyWork w : work.myWork(personId)) {
            if (w.open() != null) {
                due.put(w.strategy().id(), new Due(w.strategy(), w.open(), outstanding(w)));
            }
        }
        for (RatingWork r : ratings.toRate(personId)) {
            Due d = Optional.ofNullable(due.get(r.strategy().id()))
                    .or(() -> work.openQuarter(r.strategy()).map(q -> new Due(r.strategy(), q, new ArrayList<>())))
                    .filter(open -> open.open().quarter().equals(r.quarter()))
                    .orElse(null);
            if (d != null) {
                r.criteria().stream()
                        .filter(c -> c.rating() == null)
                        .forEach(c -> d.items()
                                .add("Self-assessment rating: " + c.criterion().ref() + " "
                                        + c.criterion().title()));
                due.putIfAbsent(r.strategy().id(), d);
            }
        }
        return due.values().stream().filter(d -> !d.items().isEmpty()).toList();
    }

    /** Which reminder is due: overdue after the deadline, near within the lead time, else the quarter's opening. */
    MailKind kind(QuarterStatus open, LocalDate today) {
        LocalDate deadline = open.deadline();
        if (deadline == null) {
            return MailKind.QUARTER_OPENED;
        }
        if (today.isAfter(deadline)) {
            return MailKind.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, deadline) <= settings.reminderDays()
                ? MailKind.DEADLINE_NEAR
                : MailKind.QUARTER_OPENED;
    }

    /** What the person has still to do in the open quarter, one line each, by ref and title: no figures. */
    static List<String> outstanding(StrategyWork w) {
        List<String> items = new ArrayList<>();
        w.workAreas().stream()
                .filter(a -> !a.update().submitted())
                .forEach(a -> items.add("Work area update: " + a.workArea().name() + " "
                        + a.workArea().title()));
        w.actions().stream()
                .filter(a -> !a.update().submitted())
                .forEach(a -> items.add("Action " + a.view().action().ref() + ": "
                        + a.view().action().text() + " (" + a.updateState().toLowerCase(Locale.UK) + ")"));
        w.measures().stream()
                .filter(m -> !m.entered())
                .forEach(m -> items.add("Measure " + m.view().measure().ref() + ": "
                        + m.view().measure().title() + " (value for "
                        + m.period().label() + ")"));
        return items;
    }

    private static String subject(Due w, MailKind kind) {
        String quarter = w.open().quarter().label() + ", " + w.strategy().council() + " "
                + w.strategy().title();
        return switch (kind) {
            case OVERDUE -> "Overdue: your updates for " + quarter;
            case DEADLINE_NEAR -> "Due soon: your updates for " + quarter;
            default -> "Now open: your updates for " + quarter;
        };
    }

    private String body(Contact person, Due w, MailKind kind, LocalDate today) {
        LocalDate deadline = w.open().deadline();
        String when = deadline == null ? "" : " The deadline is " + DAY.format(deadline) + ".";
        String opening = switch (kind) {
            case OVERDUE ->
                "The deadline for " + w.open().quarter().label() + " has passed (" + DAY.format(deadline)
                        + ") and these are still outstanding.";
            case DEADLINE_NEAR ->
                w.open().quarter().label() + " closes in " + ChronoUnit.DAYS.between(today, deadline) + " days." + when;
            default -> w.open().quarter().label() + " is open for your updates." + when;
        };
        return "Dear " + person.displayName() + ",\n\n" + opening + "\n\n"
                + w.strategy().council() + " " + w.strategy().title()
                + ": what you still have to do\n\n- " + String.join("\n- ", w.items()) + "\n\nOpen My work: "
                + settings.link("/my") + "\n\n" + Notices.footer(settings);
    }
}
