package com.cptracker.board;

import com.cptracker.actions.ActionStatusView;
import com.cptracker.board.BoardRecords.QuarterFrame;
import com.cptracker.measures.MeasureStatusView;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The actions and measures something cites (a self-assessment's rating, what children said), in the quarter: only
 * those are read and evaluated, with the action plan's and the scorecard's own rules, and listed in plan order.
 */
final class Cited {

    private Cited() {}

    static Map<Long, ActionStatusView> actions(BoardService board, QuarterFrame f, Set<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : board.actions(f, a -> ids.contains(a.id())).stream()
                        .collect(Collectors.toMap(a -> a.action().id(), Function.identity()));
    }

    static Map<Long, MeasureStatusView> measures(BoardService board, QuarterFrame f, Set<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : board.measures(f, m -> ids.contains(m.id())).stream()
                        .collect(Collectors.toMap(m -> m.measure().id(), Function.identity()));
    }

    /** Every id's item that is there, in plan order by its ref. */
    static <T> List<T> pick(Collection<Long> ids, Map<Long, T> byId, Function<T, String> ref) {
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(ref, BoardService.REFS))
                .toList();
    }

    /** The ids all of them cite, once each. */
    static <T> Set<Long> ids(Collection<T> items, Function<T, ? extends Collection<Long>> ids) {
        return items.stream().flatMap(i -> ids.apply(i).stream()).collect(Collectors.toSet());
    }
}
