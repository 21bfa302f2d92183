package com.cptracker.common;

/**
 * The checks every archive, retirement or withdrawal shares, written once: it needs a reason, and it must change
 * something. Each service still finds its item, checks its version and makes the change itself.
 */
public final class ArchiveCheck {

    private ArchiveCheck() {}

    /** A change of standing is never made without a reason, kept in the audit trail. */
    public static void reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "Enter the reason for the change");
        }
    }

    /** An archive (or its undoing) needs a reason, and must change something: "The promise is already archived". */
    public static void archive(String noun, boolean isArchived, boolean archived, String reason) {
        reason(reason);
        if (isArchived == archived) {
            throw new RejectedInput("archived", "The " + noun + " is already " + (archived ? "archived" : "shown"));
        }
    }
}
