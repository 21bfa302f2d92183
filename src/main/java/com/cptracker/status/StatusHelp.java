package com.cptracker.status;

import com.cptracker.common.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The help page's content: every rule in words, each with worked examples that are computed by the very rules the
 * application uses, so the page cannot drift from the code.
 */
public final class StatusHelp {

    public record Example(String situation, String outcome, Status status, String reason) {}

    public record Section(String id, String title, List<String> rules, List<Example> examples) {}

    public record StatusMeaning(Status status, String meaning) {}

    private static final ReportingPeriod Q2 = ReportingPeriod.parse("2018-19-Q2");

    private StatusHelp() {}

    public static List<StatusMeaning> statuses() {
        return List.of(
                new StatusMeaning(Status.GREEN, "A measure meets its target; an action's lead reports it on track."),
                new StatusMeaning(
                        Status.AMBER,
                        "A measure misses its target by no more than the amber threshold; "
                                + "an action is at risk, or had no update for the quarter."),
                new StatusMeaning(
                        Status.RED,
                        "A measure misses its target by more than the amber threshold; an "
                                + "action is past its due date and not complete, or its lead reports it off track."),
                new StatusMeaning(Status.COMPLETE, "An action marked complete (blue)."),
                new StatusMeaning(Status.NO_DATA, "A measure's value was due for the quarter and was not given."),
                new StatusMeaning(Status.NOT_STARTED, "An action that starts after the quarter."),
                new StatusMeaning(
                        Status.NOT_RATED,
                        "A context-only measure, a measure with no target for the year, "
                                + "a value withheld with a mark, or a qualitative measure its owner has not rated. "
                                + "Never green. Before a strategy's first quarter is published, a board member sees "
                                + "every measure and action not rated, with no flag about the quarter."),
                new StatusMeaning(
                        Status.WITHDRAWN,
                        "A cancelled or superseded action: it leaves the counts and " + "keeps its history."));
    }

    /**
     * Every section, the benchmark comparison by a strategy's margin ({@code strategyName} null: the default, for any
     * strategy) and naming the measures that have their own ({@code ownMargins}: "P2.11: within 2 percentage points").
     */
    public static List<Section> sections(SimilarMargin margin, String strategyName, List<String> ownMargins) {
        return List.of(
                measureStatus(),
                marks(),
                periods(),
                direction(),
                benchmarks(margin, strategyName, ownMargins),
                actionStatus(),
                rollUp(),
                exceptions());
    }

    private static Section measureStatus() {
        Target pep = Target.of("95", "5");
        Target adoption = Target.of("426", "30");
        Target sdq = Target.range("14", "17", "2");
        return new Section(
                "measure-status",
                "Status of a measure",
                List.of(
                        "Higher is better: green when the value is at or above the target; amber when it is below the target "
                                + "by no more than the amber threshold; red when it is further below.",
                        "Lower is better: the mirror image. Green at or below the target, amber above it by no more than the "
                                + "threshold, red beyond.",
                        "A target range: green inside the range, both ends included; amber outside it by no more than the "
                                + "threshold; red beyond.",
                        "Equal to the target counts as met. Missing the target by exactly the threshold is amber.",
                        "No value when one is due: no data. A value withheld with a mark, a context-only measure, or no target for "
                                + "the year: not rated, never green.",
                        "A context-only measure is never given a colour, whoever rates it: a qualitative one is reported "
                                + "in words only, and a status given for it is refused.",
                        "Other qualitative measures are never asked which way is better: they take the status their "
                                + "owner gives (on track, at risk or off track), always with a comment.",
                        "The target is the one set for the reporting year the value belongs to: its financial year (April "
                                + "to March), or its academic year for school measures."),
                List.of(
                        measure(
                                "% of PEPs completed, higher is better, target 95%, amber threshold 5: value 95",
                                Polarity.HIGHER_IS_BETTER, pep, Reading.of("95")),
                        measure("the same, value 92.4", Polarity.HIGHER_IS_BETTER, pep, Reading.of("92.4")),
                        measure("the same, value 90", Polarity.HIGHER_IS_BETTER, pep, Reading.of("90")),
                        measure("the same, value 89.9", Polarity.HIGHER_IS_BETTER, pep, Reading.of("89.9")),
                        measure(
                                "Days from care to adoption, lower is better, target 426, threshold 30: value 455",
                                Polarity.LOWER_IS_BETTER,
                                adoption,
                                Reading.of("455")),
                        measure(
                                "Average SDQ score, target range 14 to 17, threshold 2: value 18.5",
                                Polarity.TARGET_RANGE,
                                sdq,
                                Reading.of("18.5")),
                        measure(
                                "Pregnant care leavers, lower is better, target 3: value withheld as c (confidential)",
                                Polarity.LOWER_IS_BETTER,
                                Target.of("3", "1"),
                                Reading.marked(Mark.CONFIDENTIAL)),
                        measure(
                                "Number of cared for children, context only: value 482",
                                Polarity.CONTEXT_ONLY,
                                null,
                                Reading.of("482")),
                        qualitative(
                                "Feedback from young people, qualitative, rated by its owner: at risk, with a comment",
                                Polarity.OWNER_RATED,
                                Reading.rated(Status.AMBER)),
                        qualitative(
                                "Existence of an action plan, qualitative, context only: its owner says on track",
                                Polarity.CONTEXT_ONLY,
                                Reading.rated(Status.GREEN)),
                        measure(
                                "% in suitable accommodation, no target set for the year: value 88",
                                Polarity.HIGHER_IS_BETTER, null, Reading.of("88")),
                        measure(
                                "% of reviews in timescale, target 95%: no value given for the quarter",
                                Polarity.HIGHER_IS_BETTER, pep, null)));
    }

    /** What each mark means, and that a marked value is never a number. */
    private static Section marks() {
        List<String> rules = new ArrayList<>();
        rules.add("Official statistics withhold some figures and put a mark in their place. A figure box takes the "
                + "mark instead of a number, and every page, export and board pack shows the mark, never a zero.");
        for (Mark m : Mark.values()) {
            rules.add(
                    m == Mark.SMALL_NUMBER
                            ? "The small-number mark, " + Mark.DEFAULT_SMALL_NUMBER
                                    + " unless the strategy chooses its own (such as low) in its status settings: "
                                    + m.meaning() + "."
                            : m.symbol(null) + ": " + m.meaning() + ".");
        }
        rules.add("A value with a mark is not rated (never green, never red), has no point on a chart, and gives no "
                + "direction of travel and no comparison with a benchmark.");
        Target pep = Target.of("95", "5");
        List<Example> examples = new ArrayList<>();
        for (Mark m : Mark.values()) {
            examples.add(measure(
                    "% of PEPs completed, target 95%: the value is " + m.symbol(null),
                    Polarity.HIGHER_IS_BETTER,
                    pep,
                    Reading.marked(m)));
        }
        return new Section("marks", "Marks in place of a figure", rules, examples);
    }

    private static Example measure(String situation, Polarity polarity, Target target, Reading reading) {
        return example(situation, MeasureRules.status(polarity, false, target, reading));
    }

    private static Example qualitative(String situation, Polarity polarity, Reading reading) {
        return example(situation, MeasureRules.status(polarity, true, null, reading));
    }

    private static Example example(String situation, Verdict v) {
        return new Example(situation, v.status().label(), v.status(), v.reason());
    }

    private static Section periods() {
        ReportingPeriod q = ReportingPeriod.parse("2018-19-Q1");
        List<Example> examples = Arrays.stream(Frequency.values())
                .map(f -> {
                    ReportingPeriod p = PeriodRules.expectedPeriod(q, f, null);
                    return new Example(
                            "A " + f.label().toLowerCase() + " measure in " + q.label() + " (April to June 2018)",
                            p.label(),
                            null,
                            "Previous period: " + p.previous().label() + "; same period last year: "
                                    + p.yearEarlier().label() + ".");
                })
                .toList();
        return new Section(
                "periods",
                "Which value counts for a quarter",
                List.of(
                        "The council's year runs April to March: Q1 is April to June, Q4 January to March.",
                        "A measure reported monthly, termly, half-termly, annually or year to date is shown in a quarter by "
                                + "its value for the latest period of its own kind that has ended by the quarter's last day.",
                        "An older value is out of date: the measure then has no data for the quarter.",
                        "School terms: autumn September to December, spring January to March, summer April to August. "
                                + "Half terms: September-October, November-December, January-February, March, April-May, "
                                + "June-August."),
                examples);
    }

    private static Section direction() {
        return new Section(
                "direction",
                "Direction of travel",
                List.of(
                        "A value is compared with the previous period of the same frequency, and with the same period last "
                                + "year.",
                        "Higher is better: a rise is improving, a fall worsening. Lower is better: the reverse. A target "
                                + "range: moving closer to the range is improving.",
                        "Context-only measures: increasing or decreasing, without a judgement.",
                        "If either value is missing or withheld with a mark there is no comparison."),
                List.of(
                        direction(
                                "Persistent absence, lower is better: 12.1% last quarter, 10.8% now",
                                Polarity.LOWER_IS_BETTER, "10.8", "12.1"),
                        direction(
                                "Care leavers in education, employment or training, higher is better: 55% then 52%",
                                Polarity.HIGHER_IS_BETTER, "52", "55"),
                        direction(
                                "Number of cared for children, context only: 470 then 482",
                                Polarity.CONTEXT_ONLY,
                                "482",
                                "470"),
                        direction("Any measure: 7 then 7", Polarity.HIGHER_IS_BETTER, "7", "7")));
    }

    private static Example direction(String situation, Polarity polarity, String now, String before) {
        Direction d = DirectionRules.direction(polarity, null, Reading.of(now), Reading.of(before));
        return new Example(situation, d.label(), null, "");
    }

    private static Section benchmarks(SimilarMargin margin, String strategyName, List<String> ownMargins) {
        List<String> rules = new ArrayList<>();
        rules.add("The council's value is compared with the average of its statistical neighbours (ten similar "
                + "councils) and with the national average, for the same year or the latest earlier year published.");
        rules.add((strategyName == null
                        ? "Unless a strategy sets its own margin, within "
                        : "In " + strategyName + ", within ")
                + margin.describe(null)
                + " it is similar; beyond that better or worse by the measure's polarity. Context-only measures are "
                + "above or below.");
        rules.add("A strategy's margin is in the measure's own units (percentage points for a percentage: 2 points "
                + "around 40% is 38% to 42%) or a percentage of the benchmark (5% of 40% is 38% to 42% too, but 5% of "
                + "10% is only 9.5% to 10.5%). A measure may have its own margin, which its page shows.");
        if (strategyName != null) {
            rules.add(
                    ownMargins.isEmpty()
                            ? "No measure of " + strategyName + " has a margin of its own."
                            : "Measures with a margin of their own: " + String.join("; ", ownMargins) + ".");
        }
        rules.add("This is shown beside the status against target, never instead of it.");
        return new Section(
                "benchmarks",
                "Comparison with benchmarks",
                List.copyOf(rules),
                List.of(
                        benchmark(
                                "% attending primary school, higher is better: 96.4 against 96.0",
                                margin, Polarity.HIGHER_IS_BETTER, "96.4", "96.0"),
                        benchmark(
                                "Rate of cared for children per 10,000, context only: 62 against 56",
                                margin,
                                Polarity.CONTEXT_ONLY,
                                "62",
                                "56"),
                        benchmark(
                                "% of 19-21 year old care leavers NEET, lower is better: 45 against 39",
                                margin, Polarity.LOWER_IS_BETTER, "45", "39")));
    }

    private static Example benchmark(String situation, SimilarMargin margin, Polarity p, String value, String bench) {
        Comparison c = BenchmarkRules.compare(p, Reading.of(value), new BigDecimal(bench), margin);
        return new Example(situation, c.label(), null, "");
    }

    private static Section actionStatus() {
        LocalDate aug15 = LocalDate.of(2018, 8, 15);
        LocalDate aug31 = LocalDate.of(2018, 8, 31);
        LocalDate sep30 = LocalDate.of(2018, 9, 30);
        return new Section(
                "action-status",
                "Status of an action in a quarter",
                List.of(
                        "Judged at the quarter's last day, in this order.",
                        "Cancelled or superseded: withdrawn, and left out of the counts.",
                        "Marked complete on or before the quarter's last day: complete (blue).",
                        "Starting after the quarter: not started (grey).",
                        "Due before the quarter's last day and not complete: red. An action due on the quarter's last day "
                                + "is not yet overdue in that quarter. \"Ongoing\" and recurring (\"Annually\", \"Termly\") "
                                + "actions are never overdue; one starting later (\"from April 2025, ongoing\") is not "
                                + "started until then.",
                        "A timescale is kept as the plan writes it, and the tracker reads what it can of it (shown as "
                                + "\"Read as\" on the action's page): \"2024-25\" is due by 31 March 2025, \"Q3 2025-26\" "
                                + "by 31 December 2025, \"by the end of the strategy\" by the strategy's last day. An "
                                + "action due by a day and then recurring or ongoing (\"by September 2025 and then "
                                + "annually\") is overdue after that day unless its lead's update for the quarter says it "
                                + "is on track; then it is judged as a recurring action.",
                        "Otherwise the lead's update for the quarter decides: off track is red, at risk amber, on track "
                                + "green. No update for the quarter is amber."),
                List.of(
                        action(
                                "In 2018-19 Q2 (July to September 2018), marked complete on 15 August 2018",
                                new ActionFacts(false, null, aug15, sep30, Assessment.ON_TRACK)),
                        action(
                                "Due August 2018, not complete",
                                new ActionFacts(false, null, null, aug31, Assessment.ON_TRACK)),
                        action(
                                "Due September 2018, lead says on track",
                                new ActionFacts(false, null, null, sep30, Assessment.ON_TRACK)),
                        action(
                                "Due by August 2018 and then annually, lead says on track",
                                new ActionFacts(false, null, null, aug31, true, Assessment.ON_TRACK)),
                        action(
                                "Due by August 2018 and then annually, lead says at risk",
                                new ActionFacts(false, null, null, aug31, true, Assessment.AT_RISK)),
                        action(
                                "Ongoing, lead says at risk",
                                new ActionFacts(false, null, null, null, Assessment.AT_RISK)),
                        action("Ongoing, no update for the quarter", new ActionFacts(false, null, null, null, null)),
                        action(
                                "Starts in January 2019",
                                new ActionFacts(false, LocalDate.of(2019, 1, 1), null, null, null)),
                        action("Cancelled", new ActionFacts(true, null, null, aug31, null))));
    }

    private static Example action(String situation, ActionFacts facts) {
        Verdict v = ActionRules.status(facts, Q2);
        return new Example(situation, v.status().label(), v.status(), v.reason());
    }

    private static Section rollUp() {
        Map<Status, Integer> counts = RollUp.count(List.of(
                Status.GREEN,
                Status.GREEN,
                Status.GREEN,
                Status.GREEN,
                Status.COMPLETE,
                Status.AMBER,
                Status.AMBER,
                Status.AMBER,
                Status.RED,
                Status.NO_DATA));
        List<Example> examples = Arrays.stream(RollUpRule.values())
                .map(rule -> {
                    Verdict v = RollUp.overall(rule, counts);
                    return new Example(
                            rule.label() + ": 4 green, 1 complete, 3 amber, 1 red and 1 with no data",
                            v.status().label(),
                            v.status(),
                            v.reason());
                })
                .toList();
        return new Section(
                "roll-up",
                "Roll-up for a priority and the strategy",
                List.of(
                        "A priority shows how many of its actions and measures are in each status, and one overall status."
                                + " A theme (a section that cuts across the priorities, such as a cross-cutting theme) is"
                                + " counted the same way, from its own actions and measures, in a row of its own.",
                        "Only red, amber, green and complete are rated; complete counts as green. The rest are counted but "
                                + "do not move the overall status; with nothing rated it is not rated.",
                        RollUpRule.WORST_OF.label() + ": " + RollUpRule.WORST_OF.description(),
                        RollUpRule.MAJORITY.label() + ": " + RollUpRule.MAJORITY.description(),
                        RollUpRule.PROPORTION_GREEN.label() + ": " + RollUpRule.PROPORTION_GREEN.description(),
                        "An administrator chooses the rule for each strategy.",
                        "A priority that reports quarterly as a work area also shows its lead's update on the priority as "
                                + "a whole, with the lead's own assessment (on track green, at risk amber, off track red) "
                                + "as they gave it: it is not worked out from anything, and is not counted in the "
                                + "roll-up."),
                examples);
    }

    /** The exception report's rules, by the defaults; each strategy's report states its own. */
    private static Section exceptions() {
        ExceptionRules rules = ExceptionRules.DEFAULT;
        List<String> words = new ArrayList<>(List.of(
                "Each quarter's exception report lists first what the board should look at: every measure and action "
                        + "that one of the strategy's rules catches, with every rule that caught it.",
                "An administrator switches each rule on or off for a strategy, and sets its number where it has one. "
                        + "A published quarter keeps the rules it was published with. By default every rule is on:"));
        rules.stated().forEach(r -> words.add(r.label() + ": " + r.description()));
        List<Example> examples = List.of(
                exception(
                        "A measure, red (off track), worse than the quarter before",
                        Status.RED,
                        rules.caught(new ExceptionRules.MeasureSignals(
                                Status.RED, Direction.WORSENING, Comparison.NONE, 1))),
                exception(
                        "A measure, amber and improving, that missed its target in each of the last three quarters",
                        Status.AMBER,
                        rules.caught(new ExceptionRules.MeasureSignals(
                                Status.AMBER, Direction.IMPROVING, Comparison.NONE, 3))),
                exception(
                        "A measure, green, worse than its statistical neighbours",
                        Status.GREEN,
                        rules.caught(new ExceptionRules.MeasureSignals(
                                Status.GREEN, Direction.NO_CHANGE, Comparison.WORSE, 0))),
                exception(
                        "A measure, green and better than its statistical neighbours",
                        Status.GREEN,
                        rules.caught(new ExceptionRules.MeasureSignals(
                                Status.GREEN, Direction.IMPROVING, Comparison.BETTER, 0))),
                exception(
                        "An action on track, updated this quarter, whose due date has moved twice",
                        Status.GREEN,
                        rules.caught(new ExceptionRules.ActionSignals(Status.GREEN, false, true, 2))),
                exception(
                        "An action past its due date, with no update this quarter",
                        Status.RED,
                        rules.caught(new ExceptionRules.ActionSignals(Status.RED, true, false, 0))));
        return new Section("exceptions", "The exception report", words, examples);
    }

    private static Example exception(String situation, Status status, List<ExceptionRule> caught) {
        return new Example(
                situation,
                caught.isEmpty() ? "Not listed" : "Listed",
                caught.isEmpty() ? null : status,
                caught.isEmpty()
                        ? "No rule catches it."
                        : "Caught by: "
                                + String.join(
                                        "; ",
                                        caught.stream()
                                                .map(ExceptionRules.DEFAULT::label)
                                                .toList())
                                + ".");
    }
}
