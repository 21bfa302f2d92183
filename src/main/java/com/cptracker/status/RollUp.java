package com.cptracker.status;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of items in each status, and one overall status by a chosen rule. Only red, amber, green and complete items
 * are rated; complete counts as green. Items with no data, not started, not rated or withdrawn are counted but do not
 * move the overall status. With nothing rated, the overall status is not rated.
 */
public final class RollUp {

    /** Proportion green: at least this share of rated items green gives green. */
    public static final int GREEN_PERCENT = 75;
    /** Proportion green: at least this share of rated items green gives amber. */
    public static final int AMBER_PERCENT = 50;

    private RollUp() {}

    public static Map<Status, Integer> count(Collection<Status> statuses) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }

    public static Verdict overall(RollUpRule rule, Map<Status, Integer> counts) {
        int red = counts.getOrDefault(Status.RED, 0);
        int amber = counts.getOrDefault(Status.AMBER, 0);
        int green = counts.getOrDefault(Status.GREEN, 0) + counts.getOrDefault(Status.COMPLETE, 0);
        int rated = red + amber + green;
        if (rated == 0) {
            return Verdict.of(Status.NOT_RATED, "Nothing here is rated yet.");
        }
        String tally = green + " green or complete, " + amber + " amber, " + red + " red";
        return switch (rule) {
            case WORST_OF ->
                red > 0
                        ? Verdict.of(Status.RED, "Worst of: " + tally + "; at least one is red.")
                        : amber > 0
                                ? Verdict.of(Status.AMBER, "Worst of: " + tally + "; none red, at least one amber.")
                                : Verdict.of(Status.GREEN, "Worst of: " + tally + "; all rated items are green.");
            case MAJORITY -> {
                Status most = red >= amber && red >= green ? Status.RED : amber >= green ? Status.AMBER : Status.GREEN;
                yield Verdict.of(
                        most,
                        "Majority: " + tally + "; the most are " + most.name().toLowerCase()
                                + " (a tie goes to the worse).");
            }
            case PROPORTION_GREEN -> {
                int percent = Math.floorDiv(green * 100, rated);
                Status s = green * 100 >= GREEN_PERCENT * rated
                        ? Status.GREEN
                        : green * 100 >= AMBER_PERCENT * rated ? Status.AMBER : Status.RED;
                yield Verdict.of(
                        s,
                        "Proportion green: " + tally + "; " + percent + "% green (green from " + GREEN_PERCENT
                                + "%, amber from " + AMBER_PERCENT + "%).");
            }
        };
    }
}
