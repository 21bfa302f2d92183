package com.cptracker.status;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The marks official statistics put where a figure is withheld: {@code c} confidential, {@code x} not available,
 * {@code z} not applicable, and the small-number mark each strategy chooses ({@code *} unless it chooses another). A
 * value with a mark has no number: it is never read as zero, never rated and never plotted. This is the one place
 * that says what each mark is written as and what it means, for every page, export and form.
 */
public enum Mark {
    CONFIDENTIAL("c", "confidential: withheld so that no child can be identified"),
    NOT_AVAILABLE("x", "not available: the figure could not be obtained"),
    NOT_APPLICABLE("z", "not applicable: there is no figure for this period"),
    SMALL_NUMBER(null, "small number: too few children to publish the figure safely");

    /** The small-number mark of a strategy that has not chosen its own. */
    public static final String DEFAULT_SMALL_NUMBER = "*";
    /** The longest small-number mark a strategy may choose. */
    public static final int SMALL_NUMBER_MOST = 5;

    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d.,]*\\d[\\d.,]*\\s*%?");

    private final String fixedSymbol;
    private final String meaning;

    Mark(String fixedSymbol, String meaning) {
        this.fixedSymbol = fixedSymbol;
        this.meaning = meaning;
    }

    /** As written on every page and export: c, x, z, or the strategy's own small-number mark. */
    public String symbol(String smallNumberMark) {
        return fixedSymbol != null ? fixedSymbol : orDefault(smallNumberMark);
    }

    /** What the mark means, in words a board member reads: "confidential: withheld so that...". */
    public String meaning() {
        return meaning;
    }

    /**
     * The mark typed, if the text is one: c, x, z or this strategy's small-number mark, whatever the case, spaces
     * around it ignored. Anything else (another strategy's mark included) is not a mark.
     */
    public static Optional<Mark> read(String typed, String smallNumberMark) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (Mark m : values()) {
            if (m.symbol(smallNumberMark).equalsIgnoreCase(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The marks a person may type, for a hint or a message: "c, x, z or *". */
    public static String accepted(String smallNumberMark) {
        return "c, x, z or " + orDefault(smallNumberMark);
    }

    /**
     * What is wrong with a strategy's choice of small-number mark, or null when it will do: 1 to 5 characters, not a
     * number (it would be read as the figure) and not c, x or z (they mean something else).
     */
    public static String problemWithSmallNumberMark(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return "Enter the small-number mark, like * or low";
        }
        if (t.length() > SMALL_NUMBER_MOST) {
            return "The small-number mark must be " + SMALL_NUMBER_MOST + " characters or fewer";
        }
        if (NUMBER.matcher(t).matches()) {
            return "The small-number mark must not be a number: it would be read as the figure";
        }
        for (Mark m : values()) {
            if (m.fixedSymbol != null && m.fixedSymbol.equalsIgnoreCase(t)) {
                return "The small-number mark must not be c, x or z: they mean confidential, not available and "
                        + "not applicable";
            }
        }
        return null;
    }

    private static String orDefault(String smallNumberMark) {
        return smallNumberMark == null || smallNumberMark.isBlank() ? DEFAULT_SMALL_NUMBER : smallNumberMark;
    }
}
