package com.cptracker.common.web;

import java.io.Serializable;

/**
 * A problem to list in the error summary when the page has no form object of its own: a button's change refused (carried
 * across the redirect) or a sign-in that failed. {@code fieldName} is the id of the input it belongs to; null for the
 * page as a whole. Its getters match those of Thymeleaf's {@code DetailedError}, so the one summary shows either.
 */
public final class Problem implements Serializable {

    private final String fieldName;
    private final String message;

    public Problem(String fieldName, String message) {
        this.fieldName = fieldName;
        this.message = message;
    }

    public String getFieldName() {
        return fieldName;
    }

    public String getMessage() {
        return message;
    }

    public boolean isGlobal() {
        return fieldName == null;
    }
}
