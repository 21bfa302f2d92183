package com.cptracker.strategy;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering.Swap;
import java.util.function.Function;

/**
 * The archive and move steps that priorities, statements and promises share: the same checks and the same audit
 * entries, written once. Each service still finds its item, checks its version and makes the change itself.
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

    /** Audits an archive or its undoing, with its reason. */
    static void recordArchive(
            AuditService audit, String itemType, long id, String label, boolean archived, String reason) {
        Changes change = Changes.create().field("archived", archived ? "no" : "yes", archived ? "yes" : "no");
        audit.record(itemType, id, label, archived ? "ARCHIVE" : "UNARCHIVE", change, reason.strip());
    }

    /** Audits both sides of a swap of places: the item moved, and its neighbour the other way. */
    static <T> void recordSwap(
            AuditService audit,
            String itemType,
            String place,
            Swap<T> swap,
            Function<T, Long> id,
            Function<T, String> label) {
        recordMove(audit, itemType, place, id.apply(swap.moved()), label.apply(swap.moved()), swap.from(), swap.to());
        recordMove(audit, itemType, place, id.apply(swap.other()), label.apply(swap.other()), swap.to(), swap.from());
    }

    private static void recordMove(
            AuditService audit, String itemType, String place, long id, String label, int from, int to) {
        audit.record(itemType, id, label, "MOVE", Changes.create().field(place, from, to), null);
    }
}
