package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.ActionRecords.NewAction;
import com.cptracker.actions.domain.Action;
import com.cptracker.actions.domain.ActionRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The action plan: creating actions and reading them back. */
@Service
@Transactional(readOnly = true)
public class ActionService {

    private final ActionRepository actions;

    ActionService(ActionRepository actions) {
        this.actions = actions;
    }

    /** Adds actions in plan order; returns their ids by ref. */
    @Transactional
    public Map<String, Long> addActions(long strategyId, List<NewAction> newActions) {
        Map<String, Long> ids = new LinkedHashMap<>();
        int position = (int) actions.countByStrategyId(strategyId);
        for (NewAction n : newActions) {
            Action action = new Action(strategyId, n.priorityId(), n.statementId(), n.ref(), ++position, n.text(),
                    n.due(), n.successMeasure(), n.crossReference());
            n.leads().forEach(l -> action.addLead(l.jobTitle(), l.userId()));
            action.setPartnerIds(n.partnerIds());
            Long id = actions.save(action).getId();
            if (ids.putIfAbsent(n.ref(), id) != null) {
                throw new IllegalArgumentException("Two actions share the ref " + n.ref());
            }
        }
        return ids;
    }

    public List<ActionSummary> actionsOfStrategy(long strategyId) {
        return actions.findByStrategyIdOrderByPriorityIdAscPositionAsc(strategyId).stream()
                .map(ActionService::summary).toList();
    }

    public List<ActionSummary> actionsOfPriority(long priorityId) {
        return actions.findByPriorityIdOrderByPosition(priorityId).stream().map(ActionService::summary).toList();
    }

    public long countByStrategy(long strategyId) {
        return actions.countByStrategyId(strategyId);
    }

    static ActionSummary summary(Action a) {
        return new ActionSummary(a.getId(), a.getPriorityId(), a.getStatementId(), a.getRef(), a.getText(), a.getDue(),
                a.getLeads().stream().map(l -> new Lead(l.getJobTitle(), l.getUserId())).toList(),
                a.getSuccessMeasure(), a.getStatus(), a.getCompletedOn(), a.getStartsOn());
    }
}
