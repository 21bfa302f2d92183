package com.cptracker.common;

/**
 * Something a user asked for by address does not exist. Rendered as the generic 404 page; the message is for logs only
 * and never reaches a page.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " not found: " + key);
    }
}
