package com.cptracker.status;

import java.math.BigDecimal;

/**
 * One value of a measure as the rules see it: a number, a suppression flag (official statistics withhold small
 * numbers; a suppressed value is never read as zero), or, for qualitative measures, the owner's own status with
 * the comment that justifies it.
 */
public record Reading(BigDecimal value, boolean suppressed, Status ownerStatus) {

    public Reading {
        if (suppressed && value != null) {
            throw new IllegalArgumentException("A suppressed value has no number");
        }
        if (ownerStatus != null
                && ownerStatus != Status.RED
                && ownerStatus != Status.AMBER
                && ownerStatus != Status.GREEN) {
            throw new IllegalArgumentException("An owner rates a qualitative measure red, amber or green");
        }
    }

    public static Reading of(String value) {
        return new Reading(new BigDecimal(value), false, null);
    }

    public static Reading ofSuppressed() {
        return new Reading(null, true, null);
    }

    public static Reading rated(Status ownerStatus) {
        return new Reading(null, false, ownerStatus);
    }

    public boolean hasNumber() {
        return value != null;
    }
}
