package com.cptracker.admin.web;

/** What an action's or a measure's ref may be: up to 20 letters, numbers, dots, hyphens and slashes. */
final class Refs {

    /** A blank ref passes here, so that only the "Enter the ref" message is shown for it. */
    static final String PATTERN = "\\s*|\\s*[A-Za-z0-9][A-Za-z0-9.\\-/]{0,19}\\s*";

    private Refs() {}
}
