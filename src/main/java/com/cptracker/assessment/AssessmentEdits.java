package com.cptracker.assessment;

import java.util.Set;

/** What an administrator enters about a framework, its criteria and its scale, and what an officer rates. */
public final class AssessmentEdits {

    private AssessmentEdits() {}

    public record FrameworkFields(String name, String source, String description) {}

    public record FrameworkEdit(long id, FrameworkFields fields, long version) {}

    public record CriterionFields(String ref, String title, String description, String leadTitle, Long leadUserId) {}

    public record CriterionEdit(long id, CriterionFields fields, boolean archived, long version) {}

    /** A rating as its lead enters it: a step of the scale, the evidence, and the actions and measures it cites. */
    public record RatingFields(long levelId, String evidence, Set<Long> actionIds, Set<Long> measureIds) {}
}
