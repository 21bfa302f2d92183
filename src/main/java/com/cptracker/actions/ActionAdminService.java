package com.cptracker.actions;

import com.cptracker.actions.ActionEdits.ActionEdit;
import com.cptracker.actions.ActionEdits.ActionFields;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.actions.ActionRecords.Lead;
import com.cptracker.actions.domain.Action;
import com.cptracker.actions.domain.ActionRepository;
import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.recommendations.RecommendationService;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator adds and edits the rows of an action plan, names their leads (a job title, and the account of the
 * person where known) and takes actions out of the plan by cancelling or superseding them, always with a reason.
 * Actions are never deleted: their progress history stays. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ActionAdminService {

    private final ActionRepository actions;
    private final StrategyService strategies;
    private final GovernanceService governance;
    private final UserAdminService users;
    private final AuditService audit;
    private final DueDateMoves dueMoves;
    private final RecommendationService recommendations;

    ActionAdminService(
            ActionRepository actions,
            StrategyService strategies,
            GovernanceService governance,
            UserAdminService users,
            AuditService audit,
            DueDateMoves dueMoves,
            RecommendationService recommendations) {
        this.actions = actions;
        this.strategies = strategies;
        this.governance = governance;
        this.users = users;
        this.audit = audit;
        this.dueMoves = dueMoves;
        this.recommendations = recommendations;
    }

    public List<ActionRow> actions(long strategyId) {
        return actions.findByStrategyIdOrderByPriorityIdAscPositionAsc(strategyId).stream()
                .map(a -> row(
                        a,
                        String.join(
                                "; ",
                                a.getLeads().stream().map(l -> l.getJobTitle()).toList())))
                .toList();
    }

    public ActionEdit action(long strategyId, long actionId) {
        Action a = find(strategyId, actionId);
        return new ActionEdit(a.getId(), fields(a), a.getStatus(), a.getVersion());
    }

    /** The actions each account leads, for the account's page. */
    public List<ActionRow> ledBy(long userId) {
        return actions.findLedBy(userId).stream().map(a -> row(a, null)).toList();
    }

    private static ActionRow row(Action a, String leads) {
        return new ActionRow(
                a.getId(),
                a.getStrategyId(),
                a.getPriorityId(),
                a.getRef(),
                a.getText(),
                leads,
                a.getDue().text(),
                a.getStatus(),
                a.getVersion());
    }

    @Transactional
    public long create(long strategyId, ActionFields f) {
        return create(strategyId, f, null);
    }

    /**
     * Adds an action answering these recommendations of the strategy (null: none is recorded, as an import that does not
     * name them).
     */
    @Transactional
    public long create(long strategyId, ActionFields given, Collection<Long> answers) {
        ActionFields f = endingWithStrategy(strategyId, given);
        Changes changes = describe(null, f, check(strategyId, f, null, Set.of()));
        int position = (int) actions.countByStrategyId(strategyId) + 1;
        Action a = actions.save(new Action(strategyId, position, f));
        if (answers != null) {
            recommendations.answer(strategyId, a.getId(), answers, changes);
        }
        audit.record("action", a.getId(), label(a), "CREATE", changes, null);
        return a.getId();
    }

    @Transactional
    public void update(long strategyId, long actionId, ActionFields f, long expectedVersion) {
        update(strategyId, actionId, f, null, expectedVersion);
    }

    /**
     * Changes an action and the recommendations it answers, the ones its form offers (null: leaves them as they are, as
     * an import that does not name them).
     */
    @Transactional
    public void update(
            long strategyId, long actionId, ActionFields given, Collection<Long> answers, long expectedVersion) {
        ActionFields f = endingWithStrategy(strategyId, given);
        Action a = find(strategyId, actionId);
        ConcurrentChangeException.check(a.getVersion(), expectedVersion);
        Set<Long> leadsBefore = a.getLeads().stream()
                .map(l -> l.getUserId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        ActionNames names = check(strategyId, f, a.getId(), leadsBefore).withUsers(users.byIds(leadsBefore));
        Changes changes = describe(fields(a), f, names);
        DueDate dueBefore = a.getDue();
        a.update(f);
        dueMoves.record(a, dueBefore, f.due().text());
        if (answers != null) {
            recommendations.answer(strategyId, a.getId(), answers, changes);
        }
        audit.recordUpdate("action", a.getId(), label(a), changes);
    }

    /** "The end of the strategy" read as the strategy's last day, so that the overdue rule can use it. */
    private ActionFields endingWithStrategy(long strategyId, ActionFields f) {
        return f.due().kind() == DueDate.Kind.STRATEGY_END
                ? f.withDue(f.due().endingWith(strategies.byId(strategyId).endsOn()))
                : f;
    }

    /**
     * Cancels or supersedes an active action, or reinstates a cancelled or superseded one. The reason is required and
     * kept in the audit trail with the change.
     */
    @Transactional
    public void changeStatus(long strategyId, long actionId, ActionStatus to, String reason, long expectedVersion) {
        Action a = find(strategyId, actionId);
        ConcurrentChangeException.check(a.getVersion(), expectedVersion);
        ArchiveCheck.reason(reason);
        ActionStatus from = a.getStatus();
        boolean allowed = switch (to) {
            case CANCELLED, SUPERSEDED -> from == ActionStatus.ACTIVE;
            case ACTIVE -> from == ActionStatus.CANCELLED || from == ActionStatus.SUPERSEDED;
            case COMPLETE -> false;
        };
        if (!allowed) {
            throw new RejectedInput(
                    "status",
                    "An action that is " + from.name().toLowerCase() + " cannot be made "
                            + to.name().toLowerCase());
        }
        a.changeStatus(to);
        audit.record(
                "action",
                a.getId(),
                label(a),
                switch (to) {
                    case CANCELLED -> "CANCEL";
                    case SUPERSEDED -> "SUPERSEDE";
                    default -> "REINSTATE";
                },
                Changes.create().field("status", from, to),
                reason.trim());
    }

    /**
     * Swaps an action's place with the one before (up) or after it among the actions of its priority, as the board's
     * action plan lists them; at either end, nothing moves. Refused if the action changed since the page was shown.
     */
    @Transactional
    public void move(long strategyId, long actionId, Direction direction, long expectedVersion) {
        Action a = find(strategyId, actionId);
        ConcurrentChangeException.check(a.getVersion(), expectedVersion);
        // An action's place need not be unique, so nothing has to be written between the swap's steps.
        Reordering.swap(
                        actions.findByPriorityIdOrderByPosition(a.getPriorityId()),
                        a,
                        direction,
                        Action::getPosition,
                        Action::moveTo,
                        () -> {})
                .ifPresent(
                        swap -> audit.recordSwap("action", "position", swap, Action::getId, ActionAdminService::label));
    }

    /**
     * Checks what only the services can: the ref is free, every choice belongs to this strategy, and each lead's
     * account is one the form offers (an enabled officer, or one already leading the action).
     */
    private ActionNames check(long strategyId, ActionFields f, Long self, Set<Long> leadsBefore) {
        actions.findByStrategyIdAndRef(strategyId, f.ref())
                .filter(a -> !a.getId().equals(self))
                .ifPresent(a -> {
                    throw new RejectedInput("ref", "Another action of this strategy already has the ref " + f.ref());
                });
        Map<Long, PriorityDetail> priorities = strategies.prioritiesWithStatements(strategyId).stream()
                .collect(Collectors.toMap(PriorityDetail::id, p -> p));
        PriorityDetail priority = priorities.get(f.priorityId());
        if (priority == null) {
            throw new RejectedInput("priorityId", "Choose a priority of this strategy");
        }
        if (f.statementId() != null && priority.statements().stream().noneMatch(s -> s.id() == f.statementId())) {
            throw new RejectedInput("statementId", "Choose a statement of the chosen priority, or none");
        }
        Map<Long, String> partners =
                governance.partnersOf(strategyId).stream().collect(Collectors.toMap(Partner::id, Partner::name));
        if (!partners.keySet().containsAll(f.partnerIds())) {
            throw new RejectedInput("partnerIds", "Choose partners of this strategy");
        }
        boolean ledByPriority = priority.leadTitle() != null
                || priority.workstreamId() != null
                || !priority.partnerIds().isEmpty();
        if (f.leads().isEmpty() && f.partnerIds().isEmpty() && !ledByPriority) {
            throw new RejectedInput("lead1Title", ActionFields.NO_LEAD);
        }
        Set<Long> offered =
                users.officers(leadsBefore).stream().map(UserSummary::id).collect(Collectors.toSet());
        for (int i = 0; i < f.leads().size(); i++) {
            Long userId = f.leads().get(i).userId();
            if (userId != null && !offered.contains(userId)) {
                throw new RejectedInput("lead" + (i + 1) + "User", UserAdminService.NOT_OFFERED);
            }
        }
        Map<Long, UserSummary> accounts = users.byIds(
                f.leads().stream().map(Lead::userId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return new ActionNames(priorities, partners, accounts);
    }

    /** What the audit trail records of an action created ({@code before} null) or changed. */
    private static Changes describe(ActionFields before, ActionFields after, ActionNames n) {
        return Changes.between(before, after)
                .field("ref", ActionFields::ref)
                .field("text", ActionFields::text)
                .field("priority", f -> n.priority(f.priorityId()))
                .field("statement", f -> n.statement(f.priorityId(), f.statementId()))
                .field("due", f -> f.due().text())
                .field("leads", f -> n.leads(f.leads()))
                .field("partners", f -> n.partners(f.partnerIds()))
                .field("success measure", ActionFields::successMeasure)
                .field("cross-reference", ActionFields::crossReference)
                .changes();
    }

    private Action find(long strategyId, long actionId) {
        return actions.findById(actionId)
                .filter(a -> Objects.equals(a.getStrategyId(), strategyId))
                .orElseThrow(() -> new NotFoundException("Action", actionId));
    }

    private static String label(Action a) {
        return a.getRef() + ": " + a.getText();
    }

    /** An action's fields as an administrator enters them: the one way they are read from the entity. */
    static ActionFields fields(Action a) {
        return new ActionFields(
                a.getPriorityId(),
                a.getStatementId(),
                a.getRef(),
                a.getText(),
                a.getDue(),
                a.getLeads().stream()
                        .map(l -> new Lead(l.getJobTitle(), l.getUserId()))
                        .toList(),
                a.getPartnerIds(),
                a.getSuccessMeasure(),
                a.getCrossReference());
    }
}
