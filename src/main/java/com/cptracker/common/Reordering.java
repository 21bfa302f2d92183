package com.cptracker.common;

import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * The one way an item changes place in an ordered list (priorities, statements, promises, actions, measures, groups,
 * partners): it swaps places with its neighbour before (up) or after (down) it; at either end nothing moves.
 */
public final class Reordering {

    private Reordering() {}

    /** Who swapped: the item moved from one place to the other's, the other the reverse. */
    public record Swap<T>(T moved, int from, T other, int to) {}

    /**
     * Swaps {@code item} with its neighbour in {@code ordered}. Places may be unique at every moment (a priority's
     * number), so the item goes through a free place first, with {@code flush} writing each step.
     */
    public static <T> Optional<Swap<T>> swap(
            List<T> ordered,
            T item,
            Direction direction,
            ToIntFunction<T> place,
            ObjIntConsumer<T> moveTo,
            Runnable flush) {
        int i = ordered.indexOf(item);
        int j = direction == Direction.UP ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= ordered.size()) {
            return Optional.empty();
        }
        T other = ordered.get(j);
        int from = place.applyAsInt(item);
        int to = place.applyAsInt(other);
        int free = ordered.stream().mapToInt(place).max().orElse(0) + 1;
        moveTo.accept(item, free);
        flush.run();
        moveTo.accept(other, from);
        flush.run();
        moveTo.accept(item, to);
        return Optional.of(new Swap<>(item, from, other, to));
    }
}
