package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionRecords.NewAction;
import com.cptracker.actions.ActionRecords.SubmittedUpdate;
import com.cptracker.actions.domain.Action;
import com.cptracker.actions.domain.ActionDueChangeRepository;
import com.cptracker.actions.domain.ActionDueChangeRepository.Moves;
import com.cptracker.actions.domain.ActionRepository;
import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.actions.domain.ShownUpdate;
import com.cptracker.common.AsAt;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.Assessment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action plan: creating actions and reading them back. */
@Service
@Transactional(readOnly = true)
public class ActionService {

    private final ActionRepository actions;
    private final ProgressUpdateRepository updates;
    private final ActionDueChangeRepository dueChanges;

    ActionService(ActionRepository actions, ProgressUpdateRepository updates, ActionDueChangeRepository dueChanges) {
        this.actions = actions;
        this.updates = updates;
        this.dueChanges = dueChanges;
    }

    /**
     * How many times each action's due date was changed, in one query: every change, or those made by {@code until}
     * (for a published quarter, when the edition the board reads was kept). Actions never moved are left out.
     */
    public Map<Long, Integer> dueDateMoves(Collection<Long> actionIds, Instant until) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        return dueChanges.countMoves(actionIds, until == null, until).stream()
                .collect(Collectors.toMap(Moves::getActionId, m -> (int) m.getMoves()));
    }

    /**
     * Adds actions in plan order; returns their ids by ref. {@code endsOn}, the strategy's last day, is when an action
     * due "by the end of the strategy" is due.
     */
    @Transactional
    public Map<String, Long> addActions(long strategyId, LocalDate endsOn, List<NewAction> newActions) {
        Map<String, Long> ids = new LinkedHashMap<>();
        int position = (int) actions.countByStrategyId(strategyId);
        for (NewAction n : newActions) {
            Action action = new Action(strategyId, ++position, n.fields());
            action.endStrategyOn(endsOn);
            Long id = actions.save(action).getId();
            if (ids.putIfAbsent(n.ref(), id) != null) {
                throw new IllegalArgumentException("Two actions share the ref " + n.ref());
            }
        }
        return ids;
    }

    /**
     * Records updates that were submitted elsewhere (the demo data), in order. An update that reports the action
     * complete marks it complete on that day.
     */
    @Transactional
    public void recordSubmittedUpdates(long strategyId, List<SubmittedUpdate> submitted) {
        Map<String, Action> byRef = new HashMap<>();
        actions.findByStrategyIdOrderByPriorityIdAscPositionAsc(strategyId).forEach(a -> byRef.put(a.getRef(), a));
        List<ProgressUpdate> saved = new ArrayList<>();
        for (SubmittedUpdate u : submitted) {
            Action action = byRef.get(u.ref());
            if (action == null) {
                throw new IllegalArgumentException("No action with the ref " + u.ref());
            }
            ReportingPeriod period = ReportingPeriod.parse(u.periodCode());
            saved.add(new ProgressUpdate(
                    action.getId(),
                    period.code(),
                    u.progress(),
                    u.assessment(),
                    u.completedOn(),
                    u.authorId(),
                    u.authorName(),
                    period.end().plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    u.demo()));
            if (u.assessment() == Assessment.COMPLETE) {
                action.complete(u.completedOn());
            }
        }
        updates.saveAll(saved);
    }

    public List<ActionSummary> actionsOfStrategy(long strategyId) {
        return actions.findByStrategyIdOrderByPriorityIdAscPositionAsc(strategyId).stream()
                .map(ActionService::summary)
                .toList();
    }

    public List<ActionSummary> actionsOfPriority(long priorityId) {
        return actions.findByPriorityIdOrderByPosition(priorityId).stream()
                .map(ActionService::summary)
                .toList();
    }

    /** Every action this person leads, in any strategy, in one query. */
    public List<ActionSummary> ledBy(long userId) {
        return actions.findLedBy(userId).stream().map(ActionService::summary).toList();
    }

    public ActionSummary byRef(long strategyId, String ref) {
        return actions.findByStrategyIdAndRef(strategyId, ref)
                .map(ActionService::summary)
                .orElseThrow(() -> new NotFoundException("Action", ref));
    }

    /** Every update of an action submitted for the quarter or before, as the quarter shows them, newest first. */
    public List<ActionStatusView.Progress> historyOf(long actionId, AsAt at) {
        return updates.findByActionIdOrderByCreatedAtDesc(actionId).stream()
                .filter(u -> u.getState() == ProgressUpdate.State.SUBMITTED)
                .filter(u -> ActionStatusService.shows(at, u))
                .map(u -> ActionStatusService.progress(ShownUpdate.of(u)))
                .toList();
    }

    public long countByStrategy(long strategyId) {
        return actions.countByStrategyId(strategyId);
    }

    static ActionSummary summary(Action a) {
        return ActionAdminService.fields(a)
                .summary(a.getId(), a.getStatus(), a.getCompletedOn(), a.getStartsOn(), a.getStrategyId());
    }
}
