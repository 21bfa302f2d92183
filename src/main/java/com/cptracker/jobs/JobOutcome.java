package com.cptracker.jobs;

/**
 * What a finished job shows on its page: a summary ("Imported 10,000 values for 48 measures") and optionally a link to
 * what it made ("Review the import"), an address within the application such as {@code /admin/strategies/bury}.
 */
public record JobOutcome(String summary, String linkPath, String linkText) {

    public JobOutcome {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A job's outcome needs a summary");
        }
        if ((linkPath == null) != (linkText == null)) {
            throw new IllegalArgumentException("A link needs both its address and its words");
        }
        if (linkPath != null && (!linkPath.startsWith("/") || linkPath.startsWith("//"))) {
            throw new IllegalArgumentException("A job's link is an address within the application: " + linkPath);
        }
    }

    public static JobOutcome of(String summary) {
        return new JobOutcome(summary, null, null);
    }

    public static JobOutcome of(String summary, String linkPath, String linkText) {
        return new JobOutcome(summary, linkPath, linkText);
    }
}
