package com.cptracker.status;

import java.math.BigDecimal;

/**
 * One value of a measure as the rules see it: a number, a {@link Mark} (official statistics withhold figures with
 * marks; a marked value is never read as zero), or, for qualitative measures, the owner's own status with the comment
 * that justifies it.
 */
public record Reading(BigDecimal value, Mark mark, Status ownerStatus) {

    public Reading {
        if (mark != null && value != null) {
            throw new IllegalArgumentException("A value with a mark has no number");
        }
        if (ownerStatus != null
                && ownerStatus != Status.RED
                && ownerStatus != Status.AMBER
                && ownerStatus != Status.GREEN) {
            throw new IllegalArgumentException("An owner rates a qualitative measure red, amber or green");
        }
    }

    public static Reading of(String value) {
        return new Reading(new BigDecimal(value), null, null);
    }

    public static Reading marked(Mark mark) {
        return new Reading(null, mark, null);
    }

    public static Reading rated(Status ownerStatus) {
        return new Reading(null, null, ownerStatus);
    }

    public boolean hasNumber() {
        return value != null;
    }

    /** Withheld with a mark (c, x, z or the small-number mark). */
    public boolean marked() {
        return mark != null;
    }
}
