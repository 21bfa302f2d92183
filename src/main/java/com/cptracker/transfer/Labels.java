package com.cptracker.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The words the workbook uses for a fixed set of values, such as a measure's units: one each way. */
record Labels<E extends Enum<E>>(E[] values, Function<E, String> label) {

    List<String> all() {
        return Arrays.stream(values).map(label).toList();
    }

    String of(E value) {
        return value == null ? null : label.apply(value);
    }

    E byLabel(String text) {
        return Arrays.stream(values)
                .filter(v -> label.apply(v).equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow();
    }
}
