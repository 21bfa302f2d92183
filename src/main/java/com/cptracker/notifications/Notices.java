package com.cptracker.notifications;

import com.cptracker.challenges.ChallengeAnswered;
import com.cptracker.challenges.ChallengeFollowedUp;
import com.cptracker.challenges.ChallengeRaised;
import com.cptracker.users.Contact;
import com.cptracker.users.UserService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people about the board's challenges: the owners of a new challenge and of a follow-up, the member who raised
 * one of its answer. Synchronous listeners, so each mail is written in the transaction that records the step, or not
 * at all. A notice names the challenge and its words, never a figure.
 */
@Component
class Notices {

    static final String FOOTER = "You receive this because you use the Corporate Parenting Tracker. Choose how you"
            + " get these mails (at once or as one a week) on your email page:";

    /** The end of every mail: why it came, and the page where the person chooses how mail comes. */
    static String footer(MailSettings settings) {
        return FOOTER + " " + settings.link("/my/email");
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final UserService users;
    private final Outbox outbox;
    private final MailSettings settings;

    Notices(UserService users, Outbox outbox, MailSettings settings) {
        this.users = users;
        this.outbox = outbox;
        this.settings = settings;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void raised(ChallengeRaised e) {
        tell(
                e.owners(),
                "challenge-raised:" + e.challengeId(),
                MailKind.CHALLENGE_RAISED,
                "New challenge: " + e.subject(),
                e.raisedByName() + " raised a challenge on " + e.subject() + " (" + e.strategyTitle() + "):\n\n"
                        + quote(e.question()) + answerBy(e.answerBy()),
                link(e.strategySlug(), e.challengeId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void answered(ChallengeAnswered e) {
        tell(
                Set.of(e.raisedBy()),
                "challenge-answered:" + e.challengeId() + ":" + digest(e.answer()),
                MailKind.CHALLENGE_ANSWERED,
                "Your challenge was answered: " + e.subject(),
                e.answeredByName() + " answered your challenge on " + e.subject() + " (" + e.strategyTitle()
                        + ").\n\nYou asked:\n" + quote(e.question()) + "\n\nThe answer:\n" + quote(e.answer())
                        + "\n\nMark it answered, or follow it up, on its page.",
                link(e.strategySlug(), e.challengeId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void followedUp(ChallengeFollowedUp e) {
        tell(
                e.owners(),
                "challenge-followed-up:" + e.challengeId() + ":" + digest(e.followUp()),
                MailKind.CHALLENGE_FOLLOWED_UP,
                "Challenge followed up: " + e.subject(),
                e.followedUpByName() + " followed up the challenge on " + e.subject() + " (" + e.strategyTitle()
                        + "):\n\n" + quote(e.followUp()) + answerBy(e.answerBy()),
                link(e.strategySlug(), e.challengeId()));
    }

    private void tell(Set<Long> to, String key, MailKind kind, String subject, String text, String link) {
        List<Contact> people = users.contacts(to);
        for (Contact person : people) {
            String body = "Dear " + person.displayName() + ",\n\n" + text + "\n\nOpen the challenge: " + link + "\n\n"
                    + footer(settings);
            outbox.write(key + ":" + person.id(), kind, person, subject, body);
        }
    }

    private String link(String slug, long challengeId) {
        return settings.link("/strategies/" + slug + "/challenges/" + challengeId);
    }

    private static String answerBy(LocalDate date) {
        return date == null ? "" : "\nPlease answer by " + DAY.format(date) + ".";
    }

    private static String quote(String words) {
        return "  " + (words == null ? "" : words.strip().replace("\n", "\n  "));
    }

    /** A short fingerprint of a step's words, so that a second answer or follow-up is a mail of its own. */
    private static String digest(String words) {
        return HexFormat.of().toHexDigits((words == null ? "" : words).hashCode());
    }
}
