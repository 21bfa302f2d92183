package com.cptracker.notifications;

/**
 * What a mail is. Reminders go at once, being about a deadline; notices (a challenge raised, answered, followed up)
 * wait for the weekly digest of a person who chose one.
 */
public enum MailKind {
    QUARTER_OPENED(false),
    DEADLINE_NEAR(false),
    OVERDUE(false),
    CHALLENGE_RAISED(true),
    CHALLENGE_ANSWERED(true),
    CHALLENGE_FOLLOWED_UP(true),
    DIGEST(false);

    private final boolean notice;

    MailKind(boolean notice) {
        this.notice = notice;
    }

    /** Whether it is held for the weekly digest of a person who chose one. */
    public boolean notice() {
        return notice;
    }
}
