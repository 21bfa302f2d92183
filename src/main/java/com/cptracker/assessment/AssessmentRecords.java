package com.cptracker.assessment;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.Status;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Views of a self-assessment framework and its ratings, for the board's pages and other modules. */
public final class AssessmentRecords {

    private AssessmentRecords() {}

    /**
     * A strategy's framework as the board reads it: its name and source as written, its criteria in order (archived
     * ones left out) and every step of its scale (archived ones kept, so that an old rating still reads in its words).
     */
    public record Framework(
            long id, String name, String source, String description, List<Criterion> criteria, List<Level> levels) {

        /** The steps a rating may be given now, in the council's order. */
        public List<Level> scale() {
            return levels.stream().filter(l -> !l.archived()).toList();
        }

        public Optional<Level> level(long levelId) {
            return levels.stream().filter(l -> l.id() == levelId).findFirst();
        }

        public Optional<Criterion> criterion(long criterionId) {
            return criteria.stream().filter(c -> c.id() == criterionId).findFirst();
        }
    }

    /**
     * One characteristic of the framework.
     *
     * @param ref        as the document writes it ("a", "1.2", "Principle 3"), or null
     * @param leadTitle  the lead as the document names them (a job title), or null
     * @param leadUserId the person who rates it each quarter, or null (then an administrator does)
     * @param leadName   that person's name, or null
     */
    public record Criterion(
            long id, String ref, String title, String description, String leadTitle, Long leadUserId, String leadName) {

        /** The lead as a page names them: the job title as written, and the person who rates it. */
        public String lead() {
            if (leadTitle == null) {
                return leadName;
            }
            return leadName == null ? leadTitle : leadTitle + " (" + leadName + ")";
        }

        /** Its ref and title, as a list or a message names it. */
        public String label() {
            return ref == null ? title : ref + " " + title;
        }
    }

    /**
     * One step of the council's scale: its words, and the colour its tag carries beside them (a status's colour and
     * symbol, never alone), or none.
     */
    public record Level(long id, String words, String description, Status colour, boolean archived) {

        public String tagClass() {
            return colour == null ? "govuk-tag--grey" : colour.tagClass();
        }

        /** The colour's symbol, shown beside the words; none when the step has no colour. */
        public String symbol() {
            return colour == null ? "" : colour.symbol();
        }
    }

    /**
     * A criterion's rating for a quarter.
     *
     * @param revisionReason the reason, when it was corrected (or given) after the board saw the quarter
     * @param superseded     what a rating said before a correction changed it
     */
    public record Rating(
            long id,
            long criterionId,
            ReportingPeriod period,
            long levelId,
            String evidence,
            List<Long> actionIds,
            List<Long> measureIds,
            String enteredByName,
            Instant enteredAt,
            String revisionReason,
            boolean superseded,
            long version) {

        public boolean revised() {
            return revisionReason != null;
        }
    }
}
