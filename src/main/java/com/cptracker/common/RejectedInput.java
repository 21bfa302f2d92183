package com.cptracker.common;

/**
 * A service refused what was entered because of something only it can know (a slug or ref already taken, a choice that
 * belongs to another strategy). Carries the name of the field to show the message beside; the message is written for
 * the person who typed it.
 */
public class RejectedInput extends RuntimeException {

    private final String field;

    public RejectedInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
