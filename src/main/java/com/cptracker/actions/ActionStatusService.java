package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionStatusView.Progress;
import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.actions.domain.ShownUpdate;
import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.ActionFacts;
import com.cptracker.status.ActionRules;
import com.cptracker.status.Assessment;
import com.cptracker.status.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every action of a strategy as it stands in a quarter, in a fixed number of queries. */
@Service
@Transactional(readOnly = true)
public class ActionStatusService {

    private final ProgressUpdateRepository updates;

    ActionStatusService(ProgressUpdateRepository updates) {
        this.updates = updates;
    }

    /**
     * The actions in the quarter, in one query for the latest update of each. Only updates for the quarter or before
     * count (and once it is published, only those the board saw): an update given later, even one reporting the
     * action complete on a day long past, changes later quarters only.
     */
    public List<ActionStatusView> evaluate(List<ActionSummary> all, AsAt at) {
        if (all.isEmpty()) {
            return List.of();
        }
        if (at.isNothingYet()) {
            return all.stream()
                    .map(a -> new ActionStatusView(a, at.quarter(), Verdict.NOT_YET_PUBLISHED, null, false, null))
                    .toList();
        }
        Map<Long, ShownUpdate> latestByAction = updates
                .findLatestShown(
                        all.stream().map(ActionSummary::id).toList(),
                        at.quarter().code(),
                        at.published(),
                        at.enteredBy())
                .stream()
                .collect(Collectors.toMap(ShownUpdate::actionId, Function.identity()));
        return all.stream()
                .map(a -> view(a, latestByAction.get(a.id()), at.quarter()))
                .toList();
    }

    /**
     * The action as its updates up to the quarter leave it: {@code latest} is the latest of them (null when there is
     * none), the quarter's own when it has one. It is complete when that update reports it complete, from the day it
     * gives; what the action's own row says now is never read back into a quarter.
     */
    static ActionStatusView view(ActionSummary a, ShownUpdate latest, ReportingPeriod quarter) {
        ShownUpdate forQuarter = latest != null && latest.periodCode().equals(quarter.code()) ? latest : null;
        LocalDate completedOn =
                latest != null && latest.assessment() == Assessment.COMPLETE ? latest.completedOn() : null;
        ActionFacts facts = new ActionFacts(
                a.status() == ActionStatus.CANCELLED || a.status() == ActionStatus.SUPERSEDED,
                a.startsOn(),
                completedOn,
                a.due().date(),
                a.due().continuesAfterDeadline(),
                forQuarter == null ? null : forQuarter.assessment());
        return new ActionStatusView(
                a, quarter, ActionRules.status(facts, quarter), progress(latest), forQuarter != null, completedOn);
    }

    static boolean shows(AsAt at, ProgressUpdate u) {
        return at.shows(ReportingPeriod.parse(u.getPeriodCode()).end(), u.getSubmittedAt(), false);
    }

    static Progress progress(ShownUpdate u) {
        return u == null
                ? null
                : new Progress(
                        u.periodCode(),
                        ReportingPeriod.parse(u.periodCode()).label(),
                        u.progress(),
                        u.assessment(),
                        u.completedOn(),
                        u.authorName(),
                        u.submittedAt(),
                        u.demo());
    }
}
