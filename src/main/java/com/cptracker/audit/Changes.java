package com.cptracker.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Collects the fields that changed; fields whose value is the same before and after are left out. */
public final class Changes {

    private final List<Change> changes = new ArrayList<>();

    public static Changes create() {
        return new Changes();
    }

    public Changes field(String name, Object before, Object after) {
        String b = text(before);
        String a = text(after);
        if (!Objects.equals(b, a)) {
            changes.add(new Change(name, b, a));
        }
        return this;
    }

    /** A field of something new: recorded whenever it has a value. */
    public Changes set(String name, Object value) {
        return field(name, null, value);
    }

    /**
     * The changes from {@code before} to {@code after}, two versions of one item's fields; {@code before} is null for
     * a new item, whose every field with a value is then recorded as {@link #set}.
     */
    public static <T> Between<T> between(T before, T after) {
        return new Between<>(before, after, create());
    }

    /** Each field is named once and read from both versions by the same function. */
    public record Between<T>(T before, T after, Changes changes) {

        public Between<T> field(String name, Function<T, ?> value) {
            changes.field(name, before == null ? null : value.apply(before), value.apply(after));
            return this;
        }
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }
}
