package com.cptracker.common;

/** Which way a move button moves an item in its list: one place up (earlier) or one place down (later). */
public enum Direction {
    UP,
    DOWN;

    /** "up" or "down", for a message. */
    public String label() {
        return this == UP ? "up" : "down";
    }
}
