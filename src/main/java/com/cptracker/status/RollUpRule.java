package com.cptracker.status;

/** How the statuses of a priority's (or a strategy's) actions and measures combine into one. */
public enum RollUpRule {
    WORST_OF("Worst of", "Red if anything is red; otherwise amber if anything is amber; otherwise green."),
    MAJORITY("Majority", "The status most items have; a tie goes to the worse status."),
    PROPORTION_GREEN(
            "Proportion green",
            "Green when at least 75% of rated items are green, amber when at least 50% are, red below that.");

    private final String label;
    private final String description;

    RollUpRule(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
