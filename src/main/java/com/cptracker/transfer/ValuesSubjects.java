package com.cptracker.transfer;

import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.measures.MeasureRecords.MeasurePlan;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureStatusService;
import com.cptracker.measures.MeasureValueService;
import com.cptracker.measures.MeasureValueService.Current;
import com.cptracker.measures.ValueRules.Subject;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.transfer.ValuesFile.Typed;
import com.cptracker.users.CurrentUser;
import com.cptracker.work.WorkService;
import com.cptracker.work.WorkService.MeasureItem;
import com.cptracker.work.WorkService.StrategyWork;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the rows of a file of values are read against, in each scope of {@link ValuesImport}: the measure a row's ref
 * names, for its period, with its target and saved value ({@link Subject}), or the problem beside its Ref or Period.
 */
@Component
class ValuesSubjects {

    private final WorkService work;
    private final MeasureStatusService measures;
    private final MeasureValueService values;

    ValuesSubjects(WorkService work, MeasureStatusService measures, MeasureValueService values) {
        this.work = work;
        this.measures = measures;
        this.values = values;
    }

    /** What a row is read against: its measure's subject for the period, or why there is none. */
    interface Subjects {
        String label();

        /** The subject of a row, or null with its problem added beside its Ref or Period. */
        Subject of(String ref, ReportingPeriod period, Typed row, List<ImportProblem> problems);

        static void problem(List<ImportProblem> problems, Typed row, String column, String message) {
            problems.add(new ImportProblem(ValuesFile.SHEET, row.row(), column, message));
        }
    }

    /** The measures this person may enter now, for the open quarter's period of each, as the values page has them. */
    Subjects quarter(StrategySummary s) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        StrategyWork w = work.workIn(s, user);
        if (w.open() == null) {
            throw new RejectedInput(null, "No quarter of " + s.title() + " is open for values");
        }
        Map<String, MeasureItem> mine =
                byRef(w.measures(), i -> i.view().measure().ref());
        Map<String, MeasurePlan> all =
                byRef(measures.plans(s.id()), p -> p.measure().ref());
        return new Subjects() {
            @Override
            public String label() {
                return w.open().quarter().label();
            }

            @Override
            public Subject of(String ref, ReportingPeriod period, Typed row, List<ImportProblem> problems) {
                MeasureItem item = mine.get(key(ref));
                if (item == null) {
                    Subjects.problem(
                            problems,
                            row,
                            "Ref",
                            all.containsKey(key(ref))
                                    ? "You may not enter values for " + ref + ": it is not one of your measures"
                                    : "The strategy has no measure " + ref);
                    return null;
                }
                if (!item.period().equals(period)) {
                    Subjects.problem(
                            problems,
                            row,
                            "Period",
                            ref + " takes its value for " + item.period().label()
                                    + " in this quarter: another period is not entered here");
                    return null;
                }
                return item.subject();
            }
        };
    }

    /** Every measure of the strategy, for any period its frequency reports. */
    Subjects history(StrategySummary s) {
        Map<String, MeasurePlan> all =
                byRef(measures.plans(s.id()), p -> p.measure().ref());
        Map<Long, Map<String, Current>> current = values.currentByPeriod(
                s.id(), all.values().stream().map(p -> p.measure().id()).toList());
        return new Subjects() {
            @Override
            public String label() {
                return "History";
            }

            @Override
            public Subject of(String ref, ReportingPeriod period, Typed row, List<ImportProblem> problems) {
                MeasurePlan plan = all.get(key(ref));
                if (plan == null) {
                    Subjects.problem(problems, row, "Ref", "The strategy has no measure " + ref);
                    return null;
                }
                MeasureSummary m = plan.measure();
                if (!m.frequency().accepts(period.kind())) {
                    Subjects.problem(
                            problems,
                            row,
                            "Period",
                            m.ref() + " is reported "
                                    + m.frequency().label().toLowerCase(Locale.UK) + ": " + period.label()
                                    + " is not one of its periods");
                    return null;
                }
                return new Subject(
                        m,
                        period,
                        plan.target(period.reportingYear()),
                        current.getOrDefault(m.id(), Map.of()).get(period.code()));
            }
        };
    }

    private static String key(String ref) {
        return ref == null ? "" : ref.strip().toUpperCase(Locale.ROOT);
    }

    private static <T> Map<String, T> byRef(List<T> items, Function<T, String> ref) {
        return items.stream().collect(Collectors.toMap(i -> key(ref.apply(i)), Function.identity(), (a, b) -> a));
    }
}
