package com.cptracker.strategy;

/**
 * Whether a top-level section of a strategy is a numbered priority ("Pledge 3") or an unnumbered theme that cuts
 * across them ("Cross-cutting theme", "Golden thread"), each named by the council's own label. Themes come after the
 * priorities wherever both are listed (the declaration order).
 */
public enum PriorityKind {
    PRIORITY("Priority", "priorities"),
    THEME("Theme", "themes");

    private final String label;
    private final String path;

    PriorityKind(String label, String path) {
        this.label = label;
        this.path = path;
    }

    /** "Priority" or "Theme": the generic word, for an administrator's choice. */
    public String label() {
        return label;
    }

    /** The part of a board page's address that names the kind: {@code /strategies/x/themes/1}. */
    public String path() {
        return path;
    }

    /** How the board names one: a priority by its label and number ("Pledge 3"), a theme by its label alone. */
    public String name(String label, int number) {
        return this == THEME ? label : label + " " + number;
    }

    /**
     * The value a filter of the scorecard or action plan carries: a priority's number ("3"), a theme's place with a
     * "t" ("t1").
     */
    public String key(int number) {
        return this == THEME ? "t" + number : String.valueOf(number);
    }

    /** The id of its section on a page: "priority-3", "theme-1". */
    public String anchor(int number) {
        return (this == THEME ? "theme-" : "priority-") + number;
    }

    /** An edition kept before themes existed has no kind: all its sections were priorities. */
    public static PriorityKind orPriority(PriorityKind kind) {
        return kind == null ? PRIORITY : kind;
    }
}
