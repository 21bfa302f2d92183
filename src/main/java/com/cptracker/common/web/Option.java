package com.cptracker.common.web;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** One choice a select, radios or checkboxes offer: the value posted, its text, and an optional hint. */
public record Option(String value, String text, String hint) {

    public static <T> List<Option> of(Collection<T> items, Function<T, Object> value, Function<T, String> text) {
        return items.stream()
                .map(i -> new Option(String.valueOf(value.apply(i)), text.apply(i), null))
                .toList();
    }

    /** An enum's constants, each with its own text. */
    public static <E extends Enum<E>> List<Option> of(E[] constants, Function<E, String> text) {
        return of(List.of(constants), Enum::name, text);
    }

    /** At most {@code most} characters, as a list of choices shows a long text: "Review the health pa...". */
    public static String abbreviate(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 3) + "...";
    }
}
