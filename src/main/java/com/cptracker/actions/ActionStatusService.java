package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionStatusView.Progress;
import com.cptracker.actions.domain.ActionRepository;
import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.ActionFacts;
import com.cptracker.status.ActionRules;
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

    private final ActionRepository actions;
    private final ProgressUpdateRepository updates;

    ActionStatusService(ActionRepository actions, ProgressUpdateRepository updates) {
        this.actions = actions;
        this.updates = updates;
    }

    public List<ActionStatusView> forStrategy(long strategyId, ReportingPeriod quarter) {
        return forStrategy(strategyId, quarter, null);
    }

    /** Every action in the quarter, ignoring updates for quarters after the one ending {@code visibleUntil}. */
    public List<ActionStatusView> forStrategy(long strategyId, ReportingPeriod quarter, LocalDate visibleUntil) {
        List<ActionSummary> all = actions.findByStrategyIdOrderByPriorityIdAscPositionAsc(strategyId).stream()
                .map(ActionService::summary).toList();
        return evaluate(all, quarter, visibleUntil);
    }

    public List<ActionStatusView> evaluate(List<ActionSummary> all, ReportingPeriod quarter) {
        return evaluate(all, quarter, null);
    }

    public List<ActionStatusView> evaluate(List<ActionSummary> all, ReportingPeriod quarter, LocalDate visibleUntil) {
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ProgressUpdate>> byAction = updates.findByActionIdInAndStateOrderByCreatedAt(
                        all.stream().map(ActionSummary::id).toList(), ProgressUpdate.State.SUBMITTED).stream()
                .filter(u -> visibleUntil == null
                        || !ReportingPeriod.parse(u.getPeriodCode()).end().isAfter(visibleUntil))
                .collect(Collectors.groupingBy(ProgressUpdate::getActionId));
        return all.stream().map(a -> view(a, byAction.getOrDefault(a.id(), List.of()), quarter)).toList();
    }

    static ActionStatusView view(ActionSummary a, List<ProgressUpdate> submitted, ReportingPeriod quarter) {
        ProgressUpdate forQuarter = null;
        ProgressUpdate latest = null;
        for (ProgressUpdate u : submitted) {
            if (u.getPeriodCode().compareTo(quarter.code()) <= 0) {
                latest = u;
                if (u.getPeriodCode().equals(quarter.code())) {
                    forQuarter = u;
                }
            }
        }
        ActionFacts facts = new ActionFacts(a.status() == ActionStatus.CANCELLED
                || a.status() == ActionStatus.SUPERSEDED, a.startsOn(), a.completedOn(), a.due().date(),
                forQuarter == null ? null : forQuarter.getAssessment());
        return new ActionStatusView(a, quarter, ActionRules.status(facts, quarter), progress(latest),
                forQuarter != null);
    }

    static Progress progress(ProgressUpdate u) {
        return u == null ? null : new Progress(u.getPeriodCode(), ReportingPeriod.parse(u.getPeriodCode()).label(),
                u.getProgress(), u.getAssessment(), u.getCompletedOn(), u.getAuthorName(), u.getSubmittedAt(),
                u.isDemo());
    }
}
