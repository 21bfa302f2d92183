package com.cptracker.board;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.board.BoardRecords.QuarterContext;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.challenges.ChallengeHistory;
import com.cptracker.challenges.ChallengeRecords.QuarterChallenges;
import com.cptracker.challenges.ChallengeRecords.Subject;
import com.cptracker.challenges.SubjectKind;
import com.cptracker.common.NotFoundException;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyService;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's side of the challenge log: what a challenge raised from a board page is about, named as that quarter's
 * pages name it, and who answers it (a measure's owner, an action's leads, a priority's lead; for a theme, a priority
 * with no lead's account or a quarter as a whole, the administrators); and a quarter's challenges for its pack.
 */
@Service
@Transactional(readOnly = true)
public class BoardChallenges {

    private final BoardService board;
    private final StrategyService strategies;
    private final ChallengeHistory history;

    BoardChallenges(BoardService board, StrategyService strategies, ChallengeHistory history) {
        this.board = board;
        this.strategies = strategies;
        this.history = history;
    }

    /** A challenge about to be raised: the quarter it is raised in, and its subject. */
    public record Raising(QuarterContext context, Subject subject, String on) {}

    /**
     * The subject {@code on} names ("measure:P1.2", "action:1a", "priority:3", "theme:1", or nothing for the quarter as
     * a whole) in a quarter this person may see; an unknown item or quarter is not found.
     */
    public Raising raising(String slug, String period, String on) {
        QuarterFrame f = board.frame(slug, period);
        StrategyEdition e = f.edition();
        String what = on == null ? "" : on.strip();
        int colon = what.indexOf(':');
        String kind = colon < 0 ? what : what.substring(0, colon);
        String ref = colon < 0 ? "" : what.substring(colon + 1);
        Subject subject = switch (kind) {
            case "" ->
                new Subject(
                        SubjectKind.QUARTER, null, null, f.context().quarter().label() + " as a whole", null, Set.of());
            case "measure" ->
                measure(e.measure(ref).orElseThrow(() -> notFound(on)).measure());
            case "action" -> action(e.action(ref).orElseThrow(() -> notFound(on)));
            case "priority", "theme" ->
                priority(f, kind.equals("theme") ? PriorityKind.THEME : PriorityKind.PRIORITY, ref, on);
            default -> throw notFound(on);
        };
        return new Raising(f.context(), subject, what.isEmpty() ? null : what);
    }

    /**
     * The quarter's challenges as they stood when it was published: those raised and answered since the previous
     * quarter was published ({@code since}, null for the first), and those outstanding at its publication.
     */
    QuarterChallenges forPack(QuarterFrame f, Instant since) {
        return history.asAt(
                f.context().strategy().id(), since, f.context().asAt().publishedAt());
    }

    private static Subject measure(MeasureSummary m) {
        return new Subject(
                SubjectKind.MEASURE,
                m.id(),
                m.ref(),
                "Measure " + m.ref() + " " + m.title(),
                m.priorityId(),
                m.ownerUserId() == null ? Set.of() : Set.of(m.ownerUserId()));
    }

    private static Subject action(ActionSummary a) {
        return new Subject(
                SubjectKind.ACTION,
                a.id(),
                a.ref(),
                "Action " + a.ref() + " " + a.text(),
                a.priorityId(),
                a.leads().stream().map(Lead::userId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private Subject priority(QuarterFrame f, PriorityKind kind, String ref, String on) {
        PriorityDetail p = f.edition().priorities().stream()
                .filter(d -> d.kind() == kind && String.valueOf(d.number()).equals(ref))
                .findFirst()
                .orElseThrow(() -> notFound(on));
        Long lead = kind == PriorityKind.PRIORITY
                ? strategies.workArea(f.context().strategy().id(), p.number()).leadUserId()
                : null;
        return new Subject(
                SubjectKind.PRIORITY,
                p.id(),
                kind.key(p.number()),
                p.name() + ": " + p.title(),
                p.id(),
                lead == null ? Set.of() : Set.of(lead));
    }

    private static NotFoundException notFound(String on) {
        return new NotFoundException("Subject of a challenge", on);
    }
}
