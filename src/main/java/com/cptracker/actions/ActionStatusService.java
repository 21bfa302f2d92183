package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionStatusView.Progress;
import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.ActionFacts;
import com.cptracker.status.ActionRules;
import com.cptracker.status.Assessment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
     * The actions in the quarter, in one query for their updates. Only updates for the quarter or before count (and
     * once it is published, only those the board saw): an update given later, even one reporting the action complete
     * on a day long past, changes later quarters only.
     */
    public List<ActionStatusView> evaluate(List<ActionSummary> all, AsAt at) {
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProgressUpdate>> byAction = updates
                .findByActionIdInAndStateOrderByCreatedAt(
                        all.stream().map(ActionSummary::id).toList(), ProgressUpdate.State.SUBMITTED)
                .stream()
                .filter(u -> shows(at, u))
                .collect(Collectors.groupingBy(ProgressUpdate::getActionId));
        return all.stream()
                .map(a -> view(a, byAction.getOrDefault(a.id(), List.of()), at.quarter()))
                .toList();
    }

    /**
     * The action as its updates up to the quarter leave it. It is complete when the latest of them reports it
     * complete, from the day that update gives; what the action's own row says now is never read back into a quarter.
     */
    static ActionStatusView view(ActionSummary a, List<ProgressUpdate> submitted, ReportingPeriod quarter) {
        ProgressUpdate forQuarter = null;
        ProgressUpdate latest = null;
        for (ProgressUpdate u : submitted) {
            if (u.getPeriodCode().compareTo(quarter.code()) <= 0
                    && (latest == null || u.getPeriodCode().compareTo(latest.getPeriodCode()) >= 0)) {
                latest = u;
                if (u.getPeriodCode().equals(quarter.code())) {
                    forQuarter = u;
                }
            }
        }
        LocalDate completedOn =
                latest != null && latest.getAssessment() == Assessment.COMPLETE ? latest.getCompletedOn() : null;
        ActionFacts facts = new ActionFacts(
                a.status() == ActionStatus.CANCELLED || a.status() == ActionStatus.SUPERSEDED,
                a.startsOn(),
                completedOn,
                a.due().date(),
                forQuarter == null ? null : forQuarter.getAssessment());
        return new ActionStatusView(
                a, quarter, ActionRules.status(facts, quarter), progress(latest), forQuarter != null, completedOn);
    }

    static boolean shows(AsAt at, ProgressUpdate u) {
        return at.shows(ReportingPeriod.parse(u.getPeriodCode()).end(), u.getSubmittedAt(), false);
    }

    static Progress progress(ProgressUpdate u) {
        return u == null
                ? null
                : new Progress(
                        u.getPeriodCode(),
                        ReportingPeriod.parse(u.getPeriodCode()).label(),
                        u.getProgress(),
                        u.getAssessment(),
                        u.getCompletedOn(),
                        u.getAuthorName(),
                        u.getSubmittedAt(),
                        u.isDemo());
    }
}
