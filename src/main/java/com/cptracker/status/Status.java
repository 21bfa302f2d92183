package com.cptracker.status;

import java.util.List;

/**
 * What the rules conclude about a measure or an action for a period. Never shown by colour alone: each status has a
 * word and a symbol as well as a colour (a GOV.UK tag modifier).
 */
public enum Status {
    RED("Off track", "✕", "govuk-tag--red"),
    AMBER("At risk", "!", "govuk-tag--orange"),
    GREEN("On track", "✓", "govuk-tag--green"),
    COMPLETE("Complete", "★", "govuk-tag--blue"),
    NO_DATA("No data", "?", "govuk-tag--grey"),
    NOT_STARTED("Not started", "–", "govuk-tag--grey"),
    NOT_RATED("Not rated", "○", "govuk-tag--white"),
    WITHDRAWN("Withdrawn", "∅", "govuk-tag--white");

    private final String label;
    private final String symbol;
    private final String tagClass;

    Status(String label, String symbol, String tagClass) {
        this.label = label;
        this.symbol = symbol;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** The GOV.UK tag modifier class that gives the colour. */
    public String tagClass() {
        return tagClass;
    }

    /** The statuses a measure can have, in this order: never complete, not started or withdrawn. */
    public static final List<Status> FOR_MEASURES = List.of(RED, AMBER, GREEN, NO_DATA, NOT_RATED);

    /** The statuses an action can have, in this order: never "no data" or "not rated". */
    public static final List<Status> FOR_ACTIONS = List.of(RED, AMBER, GREEN, COMPLETE, NOT_STARTED, WITHDRAWN);

    /** Red, amber and green (and complete, for actions) are ratings; the rest say why there is none. */
    public boolean isRated() {
        return this == RED || this == AMBER || this == GREEN || this == COMPLETE;
    }

    /** The anchor on the help page that explains this status. */
    public String helpAnchor() {
        return "status-" + name().toLowerCase().replace('_', '-');
    }
}
