package com.cptracker.strategy;

import com.cptracker.common.RejectedInput;

/**
 * The check that archiving priorities, statements and promises share, written once (the audit trail records each with
 * AuditService.recordArchive). Each service still finds its item, checks its version and makes the change itself.
 */
final class ItemAudit {

    private ItemAudit() {}

    /** An archive (or its undoing) needs a reason, and must change something: "The promise is already archived". */
    static void checkArchive(String noun, boolean isArchived, boolean archived, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "Enter the reason for the change");
        }
        if (isArchived == archived) {
            throw new RejectedInput("archived", "The " + noun + " is already " + (archived ? "archived" : "shown"));
        }
    }
}
