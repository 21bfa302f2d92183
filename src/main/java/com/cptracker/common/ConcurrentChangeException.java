package com.cptracker.common;

/**
 * Someone else saved the same item since this person opened it. The save is refused so that neither silently
 * overwrites the other; the page keeps what they typed and says what happened.
 */
public class ConcurrentChangeException extends RuntimeException {

    public static final String MESSAGE =
            "Someone else changed this while you were editing it. Check their change, then save yours again.";

    public ConcurrentChangeException() {
        super(MESSAGE);
    }

    /** The one version check: refuses a change made from a page that showed another version of the item. */
    public static void check(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException();
        }
    }
}
