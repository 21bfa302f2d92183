package com.cptracker.transfer;

import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.transfer.StrategyDocument.Item;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * What importing a workbook would do to a strategy, item by item: what it creates, what it changes (each change
 * column by column, in the workbook's words) and what it leaves as it is, because the workbook leaves it out. Two
 * items are the same when every column reads the same, so importing a file a second time changes nothing.
 */
public record ImportPlan(
        boolean newStrategy, String slug, String title, List<Change> created, List<Change> changed, List<Change> left) {

    /** One item: its sheet, its key, and for a change each column that differs ("Lead: was A, now B"). */
    public record Change(String sheet, String key, List<String> details) {

        public String label() {
            return singular(sheet) + " " + key;
        }
    }

    public boolean changesNothing() {
        return created.isEmpty() && changed.isEmpty();
    }

    public int unchanged(StrategyDocument file) {
        return count(file) - created.size() - changed.size();
    }

    /** A digest of what the plan does: the confirmation applies the file only if it would still do exactly this. */
    public String fingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((slug + "|" + newStrategy + "|" + created + "|" + changed).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares a workbook ({@code file}) with the strategy as it stands ({@code current}, null for a new one). */
    static ImportPlan of(StrategyDocument file, StrategyDocument current) {
        List<Change> created = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Change> left = new ArrayList<>();
        StrategyFields now = current == null ? null : current.strategy();
        if (now == null) {
            created.add(
                    new Change(StrategyWorkbook.STRATEGY.name(), file.strategy().slug(), List.of()));
        } else {
            List<String> details = differences(StrategyWorkbook.STRATEGY, now, file.strategy());
            if (!details.isEmpty()) {
                changed.add(new Change(StrategyWorkbook.STRATEGY.name(), now.slug(), details));
            }
        }
        for (SheetFormat<?> format : StrategyWorkbook.SHEETS) {
            if (format != StrategyWorkbook.STRATEGY) {
                compare(format, file, current, created, changed, left);
            }
        }
        return new ImportPlan(
                now == null,
                file.strategy().slug(),
                file.strategy().title(),
                List.copyOf(created),
                List.copyOf(changed),
                List.copyOf(left));
    }

    private static <T> void compare(
            SheetFormat<T> format,
            StrategyDocument file,
            StrategyDocument current,
            List<Change> created,
            List<Change> changed,
            List<Change> left) {
        Map<String, T> before = new HashMap<>();
        if (current != null) {
            format.items().apply(current).forEach(i -> before.put(((Item) i).key(), i));
        }
        Map<String, T> after = new HashMap<>();
        for (T item : format.items().apply(file)) {
            String key = ((Item) item).key();
            after.put(key, item);
            T was = before.get(key);
            if (was == null) {
                created.add(new Change(format.name(), key, List.of()));
            } else {
                List<String> details = differences(format, was, item);
                if (!details.isEmpty()) {
                    changed.add(new Change(format.name(), key, details));
                }
            }
        }
        if (current != null) {
            format.items().apply(current).stream()
                    .map(i -> ((Item) i).key())
                    .filter(k -> !after.containsKey(k))
                    .forEach(k -> left.add(new Change(format.name(), k, List.of())));
        }
    }

    /** Each column whose value differs, in words: "Completion date: was "March 2025", now "June 2025"". */
    static <T> List<String> differences(SheetFormat<T> format, T before, T after) {
        List<Object> was = format.cells().apply(before);
        List<Object> now = format.cells().apply(after);
        List<String> details = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            String a = plain(was.get(i));
            String b = plain(now.get(i));
            if (!a.equals(b)) {
                details.add(format.columns().get(i).header() + ": " + (a.isEmpty() ? "was empty" : "was " + quote(a))
                        + ", " + (b.isEmpty() ? "now empty" : "now " + quote(b)));
            }
        }
        return details;
    }

    /** A cell's value as compared: text without surrounding spaces, figures without trailing zeros. */
    static String plain(Object v) {
        return switch (v) {
            case null -> "";
            case BigDecimal n -> StrategyDocument.plain(n).toPlainString();
            default -> v.toString().replace("\r\n", "\n").strip();
        };
    }

    private static String quote(String s) {
        String one = s.replace('\n', ' ');
        return "\"" + (one.length() > 80 ? one.substring(0, 77) + "..." : one) + "\"";
    }

    private static String singular(String sheet) {
        return switch (sheet) {
            case "Strategy" -> "Strategy";
            case "Governance" -> "Group";
            case "Priorities" -> "Priority";
            case "Benchmarks",
                    "Targets",
                    "Sections",
                    "Partners",
                    "Statements",
                    "Actions",
                    "Measures",
                    "Promises",
                    "Recommendations" -> sheet.substring(0, sheet.length() - 1);
            default -> sheet;
        };
    }

    private static int count(StrategyDocument d) {
        int n = d.strategy() == null ? 0 : 1;
        for (SheetFormat<?> f : StrategyWorkbook.SHEETS) {
            if (f != StrategyWorkbook.STRATEGY) {
                n += f.items().apply(d).size();
            }
        }
        return n;
    }
}
