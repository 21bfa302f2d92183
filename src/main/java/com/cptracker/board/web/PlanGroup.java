package com.cptracker.board.web;

import com.cptracker.board.BoardPages.Scorecard;
import com.cptracker.measures.MeasureStatusView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Consecutive scorecard rows whose measures carry the same C&amp;YP Plan and corporate priorities: the scorecard names
 * the two once, above the group, rather than under every measure. Rows keep their order; a group starts wherever the
 * pair changes.
 *
 * @param label "C&amp;YP Plan: ... · Corporate: ...", or null when no measure of the table carries either
 */
record PlanGroup(String label, List<MeasureStatusView> rows) {

    static final String NONE = "No C&YP Plan or corporate priority";

    /** Each section's groups, by the section's anchor. */
    static Map<String, List<PlanGroup>> bySection(Scorecard page) {
        Map<String, List<PlanGroup>> groups = new LinkedHashMap<>();
        page.sections().forEach(section -> groups.put(section.anchor(), of(section.rows())));
        return groups;
    }

    static List<PlanGroup> of(List<MeasureStatusView> rows) {
        List<PlanGroup> groups = new ArrayList<>();
        String label = null;
        List<MeasureStatusView> current = null;
        for (MeasureStatusView row : rows) {
            String rowLabel = label(row);
            if (current == null || !Objects.equals(rowLabel, label)) {
                current = new ArrayList<>();
                groups.add(new PlanGroup(rowLabel, current));
                label = rowLabel;
            }
            current.add(row);
        }
        // Where some measures have plan priorities, those without them say so, rather than seeming to fall under the
        // heading of the group above them.
        boolean anyLabel = groups.stream().anyMatch(g -> g.label() != null);
        return groups.stream()
                .map(g -> new PlanGroup(g.label() == null && anyLabel ? NONE : g.label(), List.copyOf(g.rows())))
                .toList();
    }

    private static String label(MeasureStatusView row) {
        String plan = row.measure().cypPlanPriority();
        String corporate = row.measure().corporatePriority();
        if (plan == null && corporate == null) {
            return null;
        }
        if (corporate == null) {
            return "C&YP Plan: " + plan;
        }
        return plan == null ? "Corporate: " + corporate : "C&YP Plan: " + plan + " · Corporate: " + corporate;
    }
}
