package com.cptracker.measures;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.MeasureValueService.PublishedValueException;
import com.cptracker.measures.MeasureValueService.ValueInput;
import com.cptracker.status.MeasureRules;
import com.cptracker.status.Reading;
import com.cptracker.status.Status;
import com.cptracker.status.Target;
import com.cptracker.status.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of one typed value, wherever it is typed: the values page and a spreadsheet of values read a line with
 * them, so both take the same things and say the same things. A value the board has seen is refused (an
 * administrator corrects it, with a reason); a figure is read in the measure's unit or as a mark ({@link TypedValue});
 * a qualitative measure takes its owner's red, amber or green and a comment, unless it is context-only (then words
 * alone, and a status given for it is refused: it is never rated, whoever rates it); a figure that would be red or
 * amber needs a comment. The status it would get is worked out by {@link MeasureRules}, as the scorecard will.
 */
public final class ValueRules {

    /** The fields a problem is put beside. */
    public static final String VALUE = "value";

    public static final String STATUS = "status";
    public static final String NOTE = "note";
    public static final String VERSION = "version";

    /** The longest comment a value takes. */
    public static final int NOTE_MOST = 2000;

    /** The statuses an owner may give a qualitative measure rated by its owner, as the values page offers them. */
    public static final List<Status> OWNER_STATUSES = List.of(Status.GREEN, Status.AMBER, Status.RED);

    private ValueRules() {}

    /**
     * What a value is entered for: the measure, the period, the target of the period's year (or null) and what is
     * saved for it now (or null).
     */
    public record Subject(MeasureSummary measure, ReportingPeriod period, Target target, Current current) {

        public boolean qualitative() {
            return measure.unit() == MeasureUnit.QUALITATIVE;
        }
    }

    /**
     * A line as typed: the figure box (or a mark), the owner's status, the comment, and the version the person saw
     * (null when the page sent none: then nothing is saved, the page saying why). {@code unreadable}: the fields that
     * already have a problem of their own (a value of the wrong type, a version missing), which are not read again.
     */
    public record Typed(String value, Status status, String note, Long version, Set<String> unreadable) {

        public Typed {
            value = value == null ? "" : value.strip();
            note = note == null ? "" : note.strip();
            unreadable = unreadable == null ? Set.of() : Set.copyOf(unreadable);
        }
    }

    /** A problem of a line, beside one of its fields ({@link #VALUE}, {@link #STATUS}, {@link #NOTE}). */
    public record Problem(String field, String code, String message) {}

    /**
     * The line read: the status it would get (null when it could not be worked out), the value to save (null unless
     * the line has no problem) and its problems.
     */
    public record Line(Verdict preview, ValueInput input, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty() && input != null;
        }
    }

    /**
     * The field a value's main problem goes beside: the status of a qualitative measure its owner rates, the comment of
     * a context-only qualitative one (its words), else the figure.
     */
    public static String first(Subject s) {
        return s.qualitative() ? (s.measure().ratedByOwner() ? STATUS : NOTE) : VALUE;
    }

    /** The statuses an owner may give this measure: none unless it is a qualitative measure rated by its owner. */
    public static List<Status> ownerStatuses(MeasureSummary m) {
        return m.ratedByOwner() ? OWNER_STATUSES : List.of();
    }

    /** Reads a line for a subject, by the rules above. */
    public static Line read(Subject s, String smallNumberMark, Typed typed) {
        MeasureSummary m = s.measure();
        List<Problem> problems = new ArrayList<>();
        if (s.current() != null && s.current().published()) {
            problems.add(new Problem(first(s), "published", PublishedValueException.message(m.ref())));
            return new Line(null, null, problems);
        }
        if (typed.note().length() > NOTE_MOST) {
            problems.add(new Problem(NOTE, "size", "The comment must be 2,000 characters or fewer"));
        }
        TypedValue value = null;
        Status status = null;
        if (s.qualitative()) {
            boolean rated = m.ratedByOwner();
            if (!typed.unreadable().contains(STATUS)) {
                if (!rated) {
                    if (typed.status() != null) {
                        problems.add(new Problem(
                                STATUS,
                                "context-only",
                                "Leave the status of " + m.ref() + " blank: a context-only measure is never rated"));
                    }
                } else if (typed.status() == null || !OWNER_STATUSES.contains(typed.status())) {
                    problems.add(new Problem(STATUS, "required", "Choose a status for " + m.ref()));
                } else {
                    status = typed.status();
                }
            }
            if (typed.note().isEmpty()) {
                problems.add(new Problem(
                        NOTE,
                        "required",
                        rated
                                ? "Give a comment to explain the status of " + m.ref()
                                : "Give a comment for " + m.ref() + ": a context-only measure is reported in words"));
            }
        } else if (!typed.unreadable().contains(VALUE)) {
            value = TypedValue.read(m, smallNumberMark, typed.value());
            if (!value.ok()) {
                problems.add(new Problem(VALUE, "figure", value.problem()));
            }
        }
        if (!problems.isEmpty() || !typed.unreadable().isEmpty() || typed.version() == null) {
            return new Line(null, null, problems);
        }
        Reading reading =
                value == null ? new Reading(null, null, status) : new Reading(value.number(), value.mark(), null);
        Verdict preview = MeasureRules.status(m.polarity(), s.qualitative(), s.target(), reading);
        if ((preview.status() == Status.RED || preview.status() == Status.AMBER)
                && typed.note().isEmpty()) {
            problems.add(new Problem(
                    NOTE,
                    "required",
                    "Explain the figure for " + m.ref() + ": it is "
                            + preview.status().label().toLowerCase()));
            return new Line(preview, null, problems);
        }
        return new Line(
                preview,
                new ValueInput(
                        m.id(),
                        s.period(),
                        reading.value(),
                        reading.mark(),
                        status,
                        typed.note().isEmpty() ? null : typed.note(),
                        typed.version()),
                problems);
    }
}
