package com.cptracker.status;

/**
 * What a benchmark margin is measured in: the measure's own units (percentage points for a percentage, days for a
 * number of days), or a percentage of the benchmark itself.
 */
public enum MarginUnit {
    POINTS("In the measure’s own units (percentage points for a percentage)"),
    PERCENT("As a percentage of the benchmark");

    private final String label;

    MarginUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
