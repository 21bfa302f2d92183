package com.cptracker.admin.web;

import com.cptracker.common.ReportingPeriod;
import com.cptracker.common.web.Forms;
import com.cptracker.measures.MeasureEdits.BenchmarkFigures;
import com.cptracker.measures.MeasureUnit;
import com.cptracker.status.Target;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * The one reading of a target's and benchmarks' boxes, for a measure's target and benchmark forms and for a year's
 * page: each figure by the strict figure reader in the measure's unit, every problem beside its box. The boxes are
 * the fields {@code target}, {@code targetLow}, {@code targetHigh}, {@code amberThreshold}, {@code statNeighbour} and
 * {@code national} under {@code row} ("" on a measure's form, {@code rows[12].} on a year's page); {@code of} names
 * the measure in the messages ("" on its own form, " for P2.11" on a year's page).
 */
final class TargetReading {

    private TargetReading() {}

    /** A reporting year as the application writes it, like 2024-25 (never 2024-26). */
    static boolean isYear(String year) {
        return year != null
                && ReportingPeriod.tryParse(year.strip())
                        .filter(p -> p.kind() == ReportingPeriod.Kind.FINANCIAL_YEAR)
                        .isPresent();
    }

    /** The typed boxes of a target: one figure or a low-to-high range, and the amber threshold. */
    record TargetBoxes(String target, String low, String high, String amber) {

        /** Nothing typed in the target's boxes (the amber threshold, which starts at 0, aside). */
        boolean isBlank() {
            return Forms.text(target) == null && Forms.text(low) == null && Forms.text(high) == null;
        }
    }

    /** The typed boxes of a year's benchmarks. */
    record BenchmarkBoxes(String statNeighbour, String national) {

        boolean isBlank() {
            return Forms.text(statNeighbour) == null && Forms.text(national) == null;
        }
    }

    /** The target the boxes give, or null with every problem on the form. */
    static Target target(Errors errors, String row, String of, MeasureUnit unit, TargetBoxes typed) {
        BigDecimal one =
                Forms.figure(unit.figure("the target" + of, "95 or 2.5"), typed.target(), errors, row + "target");
        BigDecimal low = Forms.figure(unit.figure("the low end" + of, "20"), typed.low(), errors, row + "targetLow");
        BigDecimal high =
                Forms.figure(unit.figure("the high end" + of, "30"), typed.high(), errors, row + "targetHigh");
        BigDecimal amber = Forms.text(typed.amber()) == null
                ? null
                : Forms.figure(
                        unit.figure("the amber threshold" + of, "5 or 0"),
                        typed.amber(),
                        errors,
                        row + "amberThreshold");
        if (Forms.text(typed.amber()) == null && !errors.hasFieldErrors(row + "amberThreshold")) {
            Forms.reject(
                    errors,
                    row + "amberThreshold",
                    "required",
                    "Enter the amber threshold" + of + ": 0 means any miss is red");
        }
        if (!errors.hasFieldErrors(row + "target")
                && !errors.hasFieldErrors(row + "targetLow")
                && !errors.hasFieldErrors(row + "targetHigh")) {
            if (one != null && (low != null || high != null)) {
                Forms.reject(
                        errors,
                        row + "target",
                        "both",
                        "Enter either one target" + of + " or a range from low to high, not both");
            } else if (one == null && low == null && high == null) {
                Forms.reject(errors, row + "target", "none", "Enter a target" + of + ", or a range from low to high");
            } else if (one == null && low == null) {
                Forms.reject(errors, row + "targetLow", "low", "Enter the low end of the range" + of);
            } else if (one == null && high == null) {
                Forms.reject(errors, row + "targetHigh", "high", "Enter the high end of the range" + of);
            } else if (one == null && low.compareTo(high) > 0) {
                Forms.reject(
                        errors, row + "targetLow", "order", "The low end" + of + " must not be above the high end");
            }
        }
        return errors.hasFieldErrors(row + "*") ? null : new Target(one, low, high, amber);
    }

    /** The benchmarks the boxes give, with {@code source}, or null with every problem on the form. */
    static BenchmarkFigures benchmarks(
            Errors errors, String row, String of, MeasureUnit unit, BenchmarkBoxes typed, String source) {
        BigDecimal neighbours = Forms.figure(
                unit.figure("the statistical neighbours' average" + of, "62.5"),
                typed.statNeighbour(),
                errors,
                row + "statNeighbour");
        BigDecimal national = Forms.figure(
                unit.figure("the national average" + of, "65"), typed.national(), errors, row + "national");
        if (!errors.hasFieldErrors(row + "statNeighbour")
                && !errors.hasFieldErrors(row + "national")
                && neighbours == null
                && national == null) {
            Forms.reject(
                    errors,
                    row + "statNeighbour",
                    "none",
                    "Enter the statistical neighbours' average, the national average, or both" + of);
        }
        return errors.hasFieldErrors(row + "statNeighbour") || errors.hasFieldErrors(row + "national")
                ? null
                : new BenchmarkFigures(neighbours, national, source);
    }
}
