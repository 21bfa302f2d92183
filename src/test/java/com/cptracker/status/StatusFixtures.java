package com.cptracker.status;

import java.math.BigDecimal;

/** Turns the words used in the case tables into the engine's values. */
final class StatusFixtures {

    private StatusFixtures() {}

    /**
     * A value cell: blank is missing (no reading, unless the owner gave a status), {@code suppressed} is suppressed,
     * {@code words} is a value given in words (no number), anything else is a number.
     */
    static Reading reading(String value, Status owner) {
        if (value == null || value.isBlank()) {
            return owner == null ? null : Reading.rated(owner);
        }
        return switch (value.trim()) {
            case "suppressed", "c" -> new Reading(null, Mark.CONFIDENTIAL, owner);
            case "x" -> new Reading(null, Mark.NOT_AVAILABLE, owner);
            case "z" -> new Reading(null, Mark.NOT_APPLICABLE, owner);
            case "small" -> new Reading(null, Mark.SMALL_NUMBER, owner);
            case "words" -> new Reading(null, null, owner);
            default -> new Reading(new BigDecimal(value.trim()), null, owner);
        };
    }

    static Reading reading(String value) {
        return reading(value, null);
    }

    /** A single figure when {@code target} is given, a range when low and high are, otherwise no target. */
    static Target target(BigDecimal target, BigDecimal low, BigDecimal high, BigDecimal amber) {
        if (target == null && low == null && high == null) {
            return null;
        }
        return new Target(target, low, high, amber);
    }

    /** Red is worst; not a rating gives -1. */
    static int rank(Status s) {
        return switch (s) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN, COMPLETE -> 2;
            default -> -1;
        };
    }

    static BigDecimal dec(String n) {
        return new BigDecimal(n);
    }
}
