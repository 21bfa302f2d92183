package com.cptracker.transfer;

import com.cptracker.governance.BodyKind;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Frequency;
import com.cptracker.status.MarginUnit;
import com.cptracker.status.Polarity;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole strategy as its workbook holds it: every item keyed by what the document calls it (a ref, a number, a name)
 * rather than by an id, so that a file and a strategy in the database can be compared item by item. Lists keep the
 * document's order. An export of a strategy is one of these; so is a workbook read back.
 */
public record StrategyDocument(
        StrategyFields strategy,
        List<SectionItem> sections,
        List<PartnerItem> partners,
        List<BodyItem> bodies,
        List<PriorityItem> priorities,
        List<StatementItem> statements,
        List<ActionItem> actions,
        List<MeasureItem> measures,
        List<TargetItem> targets,
        List<BenchmarkItem> benchmarks,
        List<PromiseItem> promises,
        List<RecommendationItem> recommendations) {

    /** Something in the document, known by its key: the same key in a file and a strategy is the same item. */
    public interface Item {
        String key();
    }

    public record SectionItem(String heading, String body) implements Item {
        public SectionItem {
            body = body == null ? "" : body;
        }

        public String key() {
            return heading;
        }
    }

    public record PartnerItem(String name, String description) implements Item {
        public String key() {
            return name;
        }
    }

    public record BodyItem(
            String name, BodyKind kind, String description, String membership, String chair, String reportsTo)
            implements Item {
        public String key() {
            return name;
        }
    }

    public record PriorityItem(
            String label,
            int number,
            String title,
            String statement,
            String vision,
            String challenge,
            String lead,
            String workstream,
            List<String> partners,
            PriorityKind kind)
            implements Item {
        public PriorityItem {
            kind = PriorityKind.orPriority(kind);
        }

        public String key() {
            return ref(kind, number);
        }
    }

    /**
     * How the other sheets name a priority or a theme: a priority by its number ("3"), a theme by "T" and its place
     * among the themes ("T1"), so that the two never collide.
     */
    static String ref(PriorityKind kind, int number) {
        return (kind == PriorityKind.THEME ? "T" : "") + number;
    }

    /**
     * A statement under a priority or theme; {@code ref} is the priority's ref ({@link #ref}) and its place, such as
     * "2.3" or "T1.2".
     */
    public record StatementItem(String ref, String priority, StatementKind kind, String text) implements Item {
        public String key() {
            return ref;
        }
    }

    public record ActionItem(
            String ref,
            String priority,
            String statement,
            String text,
            String due,
            List<String> leads,
            List<String> partners,
            String successMeasure,
            String crossReference,
            List<String> answers)
            implements Item {
        public String key() {
            return ref;
        }
    }

    public record MeasureItem(
            String ref,
            String title,
            String definition,
            String priority,
            String statement,
            MeasureUnit unit,
            Polarity polarity,
            Frequency frequency,
            String owner,
            String cypPlanPriority,
            String corporatePriority,
            BigDecimal baseline,
            String baselineWhen,
            BigDecimal margin,
            MarginUnit marginUnit)
            implements Item {
        public MeasureItem {
            baseline = plain(baseline);
            margin = plain(margin);
        }

        public String key() {
            return ref;
        }
    }

    public record TargetItem(
            String measure,
            String year,
            BigDecimal target,
            BigDecimal targetLow,
            BigDecimal targetHigh,
            BigDecimal amberThreshold)
            implements Item {
        public TargetItem {
            target = plain(target);
            targetLow = plain(targetLow);
            targetHigh = plain(targetHigh);
            amberThreshold = plain(amberThreshold);
        }

        public String key() {
            return measure + " " + year;
        }
    }

    public record BenchmarkItem(String measure, String year, BigDecimal statNeighbour, BigDecimal national)
            implements Item {
        public BenchmarkItem {
            statNeighbour = plain(statNeighbour);
            national = plain(national);
        }

        public String key() {
            return measure + " " + year;
        }
    }

    /** A figure without the zeros a column or a cell may add: 95.0 and 95 are the same target. */
    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal p = n.stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }

    /** A promise to children, known by its number in the list. */
    public record PromiseItem(int number, String text, List<String> actions, List<String> measures) implements Item {
        public String key() {
            return String.valueOf(number);
        }
    }

    /**
     * A recommendation of a report (a scrutiny review, an inspection...), with its report's own columns on each of its
     * rows; known by the report's title and the recommendation's number as written, as an action's answers name it:
     * "Scrutiny review of placements: R3".
     */
    public record RecommendationItem(
            String report, String kind, LocalDate issuedOn, String madeBy, String link, String number, String text)
            implements Item {
        public String key() {
            return answer(report, number);
        }
    }

    /** How an action's Answers column names a recommendation: its report's title, a colon and its number. */
    static String answer(String report, String number) {
        return report + ": " + number;
    }
}
