package com.cptracker.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What other modules and pages read of sources and their recommendations, and what an administrator enters. */
public final class Recommendations {

    /** What a report's link must be, wherever one is entered: a web address, never a script or a file. */
    public static final String LINK = "https?://\\S+";

    private Recommendations() {}

    /**
     * A source as an administrator enters it: its title as written, its kind in the council's words (scrutiny review,
     * inspection, audit, peer review), the day it was issued, the body that made it, and a link to it if it has one.
     */
    public record SourceFields(String title, String kind, LocalDate issuedOn, String madeBy, String link) {}

    public record SourceEdit(long id, long strategyId, SourceFields fields, boolean archived, long version) {

        public String name() {
            return fields.title();
        }
    }

    /** One line of the administrator's list of sources. */
    public record SourceRow(long id, SourceFields fields, int recommendations, boolean archived, long version) {}

    public record RecommendationEdit(
            long id, long sourceId, String ref, String text, Set<Long> actionIds, boolean archived, long version) {}

    /** A recommendation as the board reads it, with the ids of the actions that answer it. */
    public record RecommendationView(long id, String ref, String text, List<Long> actionIds) {}

    /**
     * A source as the board reads it (part of what a published quarter keeps), with its recommendations in order;
     * archived ones are left out.
     */
    public record SourceView(
            long id,
            String title,
            String kind,
            LocalDate issuedOn,
            String madeBy,
            String link,
            List<RecommendationView> recommendations) {}

    /** A recommendation an action answers, named with its source: what the action plan's column shows. */
    public record Answer(long sourceId, String source, String ref, String text) {

        /** Its reference as a column shows it: the source's title and the recommendation's number as written. */
        public String reference() {
            return source + ": " + ref;
        }
    }

    /** For each action, the recommendations it answers, source by source in the strategy's order. */
    public static Map<Long, List<Answer>> answersByAction(List<SourceView> sources) {
        return sources.stream()
                .flatMap(s -> s.recommendations().stream()
                        .flatMap(r -> r.actionIds().stream()
                                .map(a -> Map.entry(a, new Answer(s.id(), s.title(), r.ref(), r.text())))))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
