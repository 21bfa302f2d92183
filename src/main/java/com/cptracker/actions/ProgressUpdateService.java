package com.cptracker.actions;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.domain.Action;
import com.cptracker.actions.domain.ActionRepository;
import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.ActionFacts;
import com.cptracker.status.ActionRules;
import com.cptracker.status.Assessment;
import com.cptracker.status.Status;
import com.cptracker.status.Verdict;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's quarterly update on an action they lead: saved as a draft, then submitted. Only the action's leads and
 * administrators may write one, and only for a quarter open for updates (the caller checks the quarter).
 */
@Service
@Transactional(readOnly = true)
public class ProgressUpdateService {

    private final ActionRepository actions;
    private final ProgressUpdateRepository updates;
    private final AuditService audit;
    private final Clock clock;

    ProgressUpdateService(ActionRepository actions, ProgressUpdateRepository updates, AuditService audit, Clock clock) {
        this.actions = actions;
        this.updates = updates;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the person typed, already checked for form; the service checks the rules that need the action. */
    public record UpdateInput(
            String progress,
            Assessment assessment,
            LocalDate completedOn,
            String riskComment,
            LocalDate proposedDueDate,
            String proposedDueReason,
            boolean submit,
            long expectedVersion) {}

    /** The update for the quarter so far, or an empty one; version -1 means none saved yet. */
    public record UpdateDraft(
            String progress,
            Assessment assessment,
            LocalDate completedOn,
            String riskComment,
            LocalDate proposedDueDate,
            String proposedDueReason,
            boolean submitted,
            long version) {}

    public ActionSummary action(long strategyId, String ref) {
        return actions.findByStrategyIdAndRef(strategyId, ref)
                .map(ActionService::summary)
                .orElseThrow(() -> new NotFoundException("Action", ref));
    }

    /** Whether this person may update the action: one of its leads, or an administrator. */
    public static boolean mayUpdate(ActionSummary action, CurrentUser user) {
        return user.has(Role.ADMINISTRATOR)
                || (user.has(Role.OFFICER)
                        && action.leads().stream().anyMatch(l -> l.userId() != null && l.userId() == user.id()));
    }

    public UpdateDraft draft(long actionId, ReportingPeriod quarter) {
        return updates.findByActionIdAndPeriodCode(actionId, quarter.code())
                .map(u -> new UpdateDraft(
                        u.getProgress(),
                        u.getAssessment(),
                        u.getCompletedOn(),
                        u.getRiskComment(),
                        u.getProposedDueDate(),
                        u.getProposedDueReason(),
                        u.getState() == ProgressUpdate.State.SUBMITTED,
                        u.getVersion()))
                .orElse(new UpdateDraft(null, null, null, null, null, null, false, -1));
    }

    /** The status the update would give the action for the quarter. */
    public static Verdict wouldGive(
            ActionSummary action, ReportingPeriod quarter, Assessment assessment, LocalDate completedOn) {
        return ActionRules.status(
                new ActionFacts(
                        false,
                        action.startsOn(),
                        assessment == Assessment.COMPLETE ? completedOn : null,
                        action.due().date(),
                        action.due().continuesAfterDeadline(),
                        assessment),
                quarter);
    }

    @Transactional
    public void save(long strategyId, String ref, ReportingPeriod quarter, UpdateInput in) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        Action action =
                actions.findByStrategyIdAndRef(strategyId, ref).orElseThrow(() -> new NotFoundException("Action", ref));
        ActionSummary summary = ActionService.summary(action);
        if (!mayUpdate(summary, user)) {
            throw new AccessDeniedException("Not a lead of " + ref);
        }
        List<RejectedInput> problems = problems(summary, quarter, in);
        if (!problems.isEmpty()) {
            throw problems.getFirst();
        }
        ProgressUpdate update = updates.findByActionIdAndPeriodCode(action.getId(), quarter.code())
                .orElse(null);
        long version = update == null ? -1 : update.getVersion();
        if (version != in.expectedVersion()) {
            throw new ConcurrentChangeException();
        }
        Changes changes = Changes.create();
        if (update == null) {
            update = new ProgressUpdate(
                    action.getId(),
                    quarter.code(),
                    in.progress(),
                    in.assessment(),
                    in.completedOn(),
                    user.id(),
                    user.displayName(),
                    null,
                    false);
        } else {
            changes.field("progress", update.getProgress(), in.progress())
                    .field("assessment", update.getAssessment(), in.assessment())
                    .field("completed on", update.getCompletedOn(), in.completedOn())
                    .field("state", update.getState(), in.submit() ? "SUBMITTED" : "DRAFT");
        }
        if (changes.isEmpty()) {
            changes.set("progress", in.progress())
                    .set("assessment", in.assessment())
                    .set("completed on", in.completedOn())
                    .set("state", in.submit() ? "SUBMITTED" : "DRAFT");
        }
        changes.field("risk comment", update.getRiskComment(), in.riskComment())
                .field("proposed due date", update.getProposedDueDate(), in.proposedDueDate())
                .field("proposed due reason", update.getProposedDueReason(), in.proposedDueReason());
        update.rewrite(
                in.progress(),
                in.assessment(),
                in.completedOn(),
                in.riskComment(),
                in.proposedDueDate(),
                in.proposedDueReason(),
                user.id(),
                user.displayName(),
                in.submit() ? clock.instant() : null);
        try {
            updates.saveAndFlush(update);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Someone saved this quarter's update between our read and our write.
            throw new ConcurrentChangeException();
        }
        if (in.submit() && in.assessment() == Assessment.COMPLETE) {
            changes.field("action status", action.getStatus(), ActionStatus.COMPLETE);
            action.complete(in.completedOn());
        }
        audit.record(
                "progress update",
                action.getId(),
                ref + " " + quarter.label(),
                in.submit() ? "SUBMIT" : "SAVE DRAFT",
                changes,
                in.proposedDueReason());
    }

    /**
     * Every rule the update breaks that needs the action, each with the field it belongs to; none when it may be
     * saved. A page lists them all at once; {@link #save} refuses the first.
     */
    public List<RejectedInput> problems(ActionSummary action, ReportingPeriod quarter, UpdateInput in) {
        List<RejectedInput> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        boolean complete = in.assessment() == Assessment.COMPLETE;
        if (complete && in.completedOn() == null) {
            problems.add(new RejectedInput("completedOn", "Enter the date the action was completed"));
        } else if (complete
                && (in.completedOn().isAfter(today) || in.completedOn().isAfter(quarter.end()))) {
            problems.add(new RejectedInput(
                    "completedOn",
                    "The completion date must be in or before " + quarter.label() + " and not in the future"));
        } else {
            Status would = wouldGive(action, quarter, in.assessment(), in.completedOn())
                    .status();
            if ((would == Status.RED || would == Status.AMBER)
                    && (in.riskComment() == null || in.riskComment().isBlank())) {
                problems.add(new RejectedInput(
                        "riskComment",
                        "Say what the problem is and what is being done: " + "this update makes the action "
                                + would.label().toLowerCase()));
            }
        }
        if (in.proposedDueDate() != null
                && action.due().isDated()
                && !in.proposedDueDate().isAfter(action.due().date())) {
            problems.add(new RejectedInput(
                    "proposedDueDate",
                    "A new due date must be after the current one, "
                            + action.due().text()));
        }
        return problems;
    }

    /** The updates for a quarter of several actions, drafts and submitted, by action id, in one query. */
    public Map<Long, UpdateDraft> draftsFor(List<Long> actionIds, ReportingPeriod quarter) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, UpdateDraft> drafts = new HashMap<>();
        updates.findByActionIdInAndPeriodCode(actionIds, quarter.code())
                .forEach(u -> drafts.put(
                        u.getActionId(),
                        new UpdateDraft(
                                u.getProgress(),
                                u.getAssessment(),
                                u.getCompletedOn(),
                                u.getRiskComment(),
                                u.getProposedDueDate(),
                                u.getProposedDueReason(),
                                u.getState() == ProgressUpdate.State.SUBMITTED,
                                u.getVersion())));
        return drafts;
    }
}
