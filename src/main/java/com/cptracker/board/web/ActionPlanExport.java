package com.cptracker.board.web;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionStatusView;
import com.cptracker.actions.ActionStatusView.Progress;
import com.cptracker.board.BoardPages.ActionGroup;
import com.cptracker.board.BoardPages.ActionPlan;
import com.cptracker.board.BoardPages.ActionPlanSection;
import com.cptracker.board.BoardPages.ActionRow;
import com.cptracker.board.web.Export.Column;
import com.cptracker.board.web.Export.Named;
import com.cptracker.recommendations.Recommendations.Answer;
import com.cptracker.status.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The action plan of a quarter as an export: the one place that decides its columns, which the spreadsheet and the
 * CSV file both write. Every status, flag and update is the page's.
 */
final class ActionPlanExport {

    static final String THING = "Action plan";

    private ActionPlanExport() {}

    /** An action with the section and the statement it sits under. */
    record Line(ActionPlanSection section, ActionGroup group, ActionRow row) {

        ActionStatusView view() {
            return row.view();
        }

        ActionSummary action() {
            return row.view().action();
        }

        /**
         * The recommendations it answers, as the page's column gives them (the report's title and the number), then its
         * cross-reference in its own words; null when it has neither.
         */
        String answers() {
            List<String> all = new ArrayList<>(
                    row.answers().stream().map(Answer::reference).toList());
            if (action().crossReference() != null) {
                all.add(action().crossReference());
            }
            return all.isEmpty() ? null : String.join("; ", all);
        }

        /** Its latest progress update, or null when it has none yet. */
        Progress latest() {
            return row.view().latest();
        }
    }

    static final List<Column<Line>> COLUMNS = List.of(
            Column.text(
                    "Priority",
                    l -> l.section().priority().name() + ": "
                            + l.section().priority().title()),
            Column.text(
                    "Statement",
                    l -> l.group().statement() == null
                            ? null
                            : l.group().kind() + ": " + l.group().statement()),
            Column.text("Ref", l -> l.action().ref()),
            Column.text("Action", l -> l.action().text()),
            Column.text("Success measure", l -> l.action().successMeasure()),
            Column.text("Lead", l -> l.action().leadNames()),
            Column.text("Partners", l -> String.join("; ", l.row().partners())),
            Column.text("Due", l -> l.action().due().text()),
            Column.text("Answers", Line::answers),
            Column.text("Status", l -> l.view().status().label()),
            Column.text("Why", l -> l.view().verdict().reason()),
            new Column<>("Overdue", l -> ExportCell.yesNo(l.view().overdue())),
            new Column<>(
                    "No update this quarter", l -> ExportCell.yesNo(l.view().missingUpdate())),
            Column.text(
                    "Latest progress",
                    l -> l.latest() == null ? null : l.latest().text()),
            Column.text(
                    "Progress for", l -> l.latest() == null ? null : l.latest().periodLabel()),
            new Column<>(
                    "Progress given on",
                    l -> ExportCell.day(l.latest() == null ? null : l.latest().submittedOn())),
            new Column<>("Completed on", l -> ExportCell.day(l.view().completedOn())));

    static Export of(ActionPlan page) {
        List<List<ExportCell>> summary = new ArrayList<>(Export.about(THING, page.context()));
        summary.add(List.of(ExportCell.text("Overdue"), ExportCell.count(page.overdue())));
        summary.add(List.of(
                ExportCell.text("No update for " + page.context().quarter().label()),
                ExportCell.count(page.noUpdate())));
        summary.addAll(Export.byStatus(
                "Actions by status",
                Status.FOR_ACTIONS,
                page.sections().stream()
                        .map(s -> new Named<>(
                                s.priority().name() + ": " + s.priority().title(), s.tally()))
                        .toList(),
                page.total()));
        return Export.of(
                THING,
                page.context(),
                summary,
                COLUMNS,
                page.sections().stream()
                        .map(s -> new Named<>(
                                s.priority().shortName(),
                                s.groups().stream()
                                        .flatMap(g -> g.rows().stream().map(r -> new Line(s, g, r)))
                                        .toList()))
                        .toList());
    }
}
