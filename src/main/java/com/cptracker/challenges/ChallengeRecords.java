package com.cptracker.challenges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** What the challenge log hands out. */
public final class ChallengeRecords {

    /** "Today" and a step's day are the day in England, on every instance. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private ChallengeRecords() {}

    /**
     * What a challenge is about, as the page it was raised from names it, and who is to answer it.
     *
     * @param itemId     the measure's, action's or priority's id; null for a quarter as a whole
     * @param ref        the item's reference as its address has it ("P1.2", "1a", "3", "t1"), or null
     * @param words      how its pages name it ("Measure P1.2 Care leavers in suitable accommodation")
     * @param priorityId the priority or theme it falls under, or null
     * @param owners     the user ids of its owner or leads; none means the administrators answer it
     */
    public record Subject(SubjectKind kind, Long itemId, String ref, String words, Long priorityId, Set<Long> owners) {}

    /** A challenge as it stands now, or (in a pack) as it stood at a moment. */
    public record ChallengeView(
            long id,
            long strategyId,
            SubjectKind kind,
            String subjectRef,
            String subject,
            Long priorityId,
            String periodCode,
            String question,
            long raisedById,
            String raisedByName,
            Instant raisedAt,
            Set<Long> ownerIds,
            String ownerNames,
            ChallengeState state,
            LocalDate answerBy,
            long version,
            boolean overdue,
            String latestAnswer) {

        public LocalDate raisedOn() {
            return LocalDate.ofInstant(raisedAt, ENGLAND);
        }

        /** The item's board page under its strategy's address ("measures/P1.2", "themes/1"), or null for a quarter. */
        public String itemPath() {
            return switch (kind) {
                case MEASURE -> "measures/" + subjectRef;
                case ACTION -> "actions/" + subjectRef;
                case PRIORITY ->
                    subjectRef.startsWith("t") ? "themes/" + subjectRef.substring(1) : "priorities/" + subjectRef;
                case QUARTER -> null;
            };
        }

        /** Whether it is past its answer-by date with no answer on the given day. */
        static boolean overdue(ChallengeState state, LocalDate answerBy, LocalDate today) {
            return state == ChallengeState.AWAITING_ANSWER && answerBy != null && answerBy.isBefore(today);
        }
    }

    /** One step of a challenge's history. */
    public record StepView(StepKind kind, String words, LocalDate answerBy, String byName, Instant takenAt) {

        public LocalDate day() {
            return LocalDate.ofInstant(takenAt, ENGLAND);
        }
    }

    /**
     * A challenge's page: the challenge, its whole history, and what the person reading it may do.
     *
     * @param mayAnswer its owner (or an administrator) while it awaits an answer
     * @param mayDecide the member who raised it (or an administrator) while it is open: mark it answered, or (once
     *                  answered) follow it up
     */
    public record ChallengePage(ChallengeView challenge, List<StepView> steps, boolean mayAnswer, boolean mayDecide) {

        public boolean mayFollowUp() {
            return mayDecide && challenge.state() == ChallengeState.ANSWERED;
        }
    }

    /** The log's filters, each optional: "open", "answered" or "overdue"; a priority's id; the member who raised it. */
    public record LogFilter(String state, Long priorityId, Long raisedBy) {

        public static final LogFilter NONE = new LogFilter(null, null, null);

        boolean keeps(ChallengeView c) {
            boolean stateKept = switch (state == null ? "" : state) {
                case "open" -> c.state().open();
                case "answered" -> !c.state().open();
                case "overdue" -> c.overdue();
                default -> true;
            };
            return stateKept
                    && (priorityId == null || priorityId.equals(c.priorityId()))
                    && (raisedBy == null || raisedBy == c.raisedById());
        }
    }

    /** A member who raised at least one challenge, for the log's filter. */
    public record Member(long id, String name) {}

    /** The log: the challenges the filter keeps, newest first, and every member who raised one. */
    public record Log(List<ChallengeView> challenges, List<Member> members, int total) {}

    /**
     * A quarter's challenges as they stood when it was published, for its board pack.
     *
     * @param raised      raised in the quarter's window (after the previous quarter's publication, up to this one's)
     * @param answered    answered or marked answered in the window
     * @param outstanding not marked answered at publication
     */
    public record QuarterChallenges(
            List<ChallengeView> raised, List<ChallengeView> answered, List<ChallengeView> outstanding) {

        public boolean isEmpty() {
            return raised.isEmpty() && answered.isEmpty() && outstanding.isEmpty();
        }
    }
}
