package com.cptracker.actions;

import com.cptracker.actions.domain.ProgressUpdate;
import com.cptracker.actions.domain.ProgressUpdateRepository;
import com.cptracker.actions.domain.ShownUpdate;
import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.AsAt;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.status.Assessment;
import com.cptracker.strategy.StrategyRecords.WorkArea;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead's quarterly update on a priority that reports as a work area. It is a progress update whose subject is the
 * priority ({@link ProgressUpdate#onPriority}), so it has an action's update's life: saved as a draft, submitted,
 * returned to its lead by an administrator with a comment, read by the board once its quarter is published (as it
 * stood then), and changed after that only by an administrator's correction with a reason. Only the priority's lead
 * and administrators write one, and only for a quarter open for updates (the caller checks the quarter, as for
 * {@link ProgressUpdateService}).
 */
@Service
@Transactional(readOnly = true)
public class WorkAreaUpdateService {

    private static final String AUDITED = "work area update";

    /** Refused: a return with no comment for the lead. */
    public static final String RETURN_NEEDS_COMMENT = "Say what the update needs before it is submitted again";

    /** Refused: a correction with no reason. */
    public static final String CORRECTION_NEEDS_REASON = "Give the reason for correcting an update the board has seen";

    private final ProgressUpdateRepository updates;
    private final StrategyService strategies;
    private final AuditService audit;
    private final Clock clock;

    WorkAreaUpdateService(
            ProgressUpdateRepository updates, StrategyService strategies, AuditService audit, Clock clock) {
        this.updates = updates;
        this.strategies = strategies;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the lead typed, already checked for form. */
    public record WorkAreaInput(String progress, Assessment assessment, boolean submit, long expectedVersion) {}

    /**
     * The update for the quarter so far, or an empty one (version -1); a returned one carries the reviewer's comment.
     */
    public record WorkAreaDraft(
            String progress,
            Assessment assessment,
            boolean submitted,
            String returnComment,
            String revisionReason,
            long version) {

        public static final WorkAreaDraft NONE = new WorkAreaDraft(null, null, false, null, null, -1);

        public boolean started() {
            return version >= 0;
        }

        public boolean returned() {
            return !submitted && returnComment != null;
        }

        /** Where it stands, as the lead's page says it. */
        public String state() {
            return !started() ? "Not started" : submitted ? "Submitted" : returned() ? "Returned" : "Draft saved";
        }
    }

    /** A priority of the strategy that reports as a work area; any other is not found. */
    public WorkArea workArea(long strategyId, int number) {
        WorkArea w = strategies.workArea(strategyId, number);
        if (!w.reportsAsWorkArea()) {
            throw new NotFoundException("Work area", strategyId + "/" + number);
        }
        return w;
    }

    /** Whether this person may write the work area's update: its lead, or an administrator. */
    public static boolean mayUpdate(WorkArea w, CurrentUser user) {
        return user.has(Role.ADMINISTRATOR)
                || (user.has(Role.OFFICER) && w.leadUserId() != null && w.leadUserId() == user.id());
    }

    public WorkAreaDraft draft(long priorityId, ReportingPeriod quarter) {
        return updates.findByPriorityIdAndPeriodCode(priorityId, quarter.code())
                .map(WorkAreaUpdateService::draft)
                .orElse(WorkAreaDraft.NONE);
    }

    /** The updates for a quarter of several work areas, by priority id, in one query. */
    public Map<Long, WorkAreaDraft> draftsFor(List<Long> priorityIds, ReportingPeriod quarter) {
        return priorityIds.isEmpty()
                ? Map.of()
                : updates.findByPriorityIdInAndPeriodCode(priorityIds, quarter.code()).stream()
                        .collect(Collectors.toMap(ProgressUpdate::getPriorityId, WorkAreaUpdateService::draft));
    }

    private static WorkAreaDraft draft(ProgressUpdate u) {
        return new WorkAreaDraft(
                u.getProgress(),
                u.getAssessment(),
                u.getState() == ProgressUpdate.State.SUBMITTED,
                u.getReturnComment(),
                u.getRevisionReason(),
                u.getVersion());
    }

    /** Saves the quarter's update as a draft, or submits it. */
    @Transactional
    public void save(long strategyId, int number, ReportingPeriod quarter, WorkAreaInput in) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        WorkArea w = workArea(strategyId, number);
        if (!mayUpdate(w, user)) {
            throw new AccessDeniedException("Not the lead of " + w.name());
        }
        ProgressUpdate update = existing(w, quarter, in.expectedVersion());
        String state = in.submit() ? "SUBMITTED" : "DRAFT";
        Changes changes = update == null
                ? Changes.create()
                        .set("progress", in.progress())
                        .set("assessment", in.assessment())
                        .set("state", state)
                : Changes.create()
                        .field("progress", update.getProgress(), in.progress())
                        .field("assessment", update.getAssessment(), in.assessment())
                        .field("state", update.getState(), state);
        if (update == null) {
            update = ProgressUpdate.onPriority(
                    w.id(), quarter.code(), in.progress(), in.assessment(), user.id(), user.displayName(), null);
        }
        update.rewrite(
                in.progress(),
                in.assessment(),
                null,
                null,
                null,
                null,
                user.id(),
                user.displayName(),
                in.submit() ? clock.instant() : null);
        store(update);
        audit.record(AUDITED, w.id(), label(w, quarter), in.submit() ? "SUBMIT" : "SAVE DRAFT", changes, null);
    }

    /**
     * An administrator sends a submitted update back to its lead with a comment saying what it needs; the lead sees it
     * on their page and submits again.
     */
    @Transactional
    public void returnToLead(long strategyId, int number, ReportingPeriod quarter, String comment, long version) {
        WorkArea w = administered(strategyId, number);
        if (comment == null || comment.isBlank()) {
            throw new RejectedInput("reason", RETURN_NEEDS_COMMENT);
        }
        ProgressUpdate update = submitted(w, quarter, version, "reason", "Only a submitted update can be returned");
        update.returnToLead(comment);
        store(update);
        audit.record(
                AUDITED,
                w.id(),
                label(w, quarter),
                "RETURN",
                Changes.create().field("state", "SUBMITTED", "RETURNED").set("comment", comment),
                comment);
    }

    /**
     * An administrator corrects an update the board has seen (the caller checks that the quarter is published): the
     * new words and assessment with the reason, shown as revised; the audit trail keeps what it said before.
     */
    @Transactional
    public void correct(long strategyId, int number, ReportingPeriod quarter, WorkAreaInput in, String reason) {
        WorkArea w = administered(strategyId, number);
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", CORRECTION_NEEDS_REASON);
        }
        ProgressUpdate update = submitted(
                w, quarter, in.expectedVersion(), "progress", "Only an update that was submitted can be corrected");
        Changes changes = Changes.create()
                .field("progress", update.getProgress(), in.progress())
                .field("assessment", update.getAssessment(), in.assessment());
        update.correct(in.progress(), in.assessment(), reason, clock.instant());
        store(update);
        audit.record(AUDITED, w.id(), label(w, quarter), "CORRECT", changes, reason);
    }

    /**
     * The submitted updates on these work areas that the quarter's pages show, from quarter {@code from} (null: all
     * before it too) up to the quarter, newest first, in one query.
     */
    public List<WorkAreaReport> shown(Collection<Long> priorityIds, AsAt at, ReportingPeriod from) {
        if (priorityIds.isEmpty()) {
            return List.of();
        }
        return updates
                .findShownOnPriorities(
                        priorityIds,
                        from == null ? "" : from.code(),
                        at.quarter().code(),
                        at.published(),
                        at.enteredBy())
                .stream()
                .map(u -> new WorkAreaReport(
                        u.getPriorityId(),
                        ActionStatusService.progress(ShownUpdate.of(u)),
                        u.getRevisionReason(),
                        u.getRevisedAt()))
                .toList();
    }

    private WorkArea administered(long strategyId, int number) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Administrators only");
        }
        return workArea(strategyId, number);
    }

    /** The quarter's update as the page showed it (null when none yet); refused if it has changed since. */
    private ProgressUpdate existing(WorkArea w, ReportingPeriod quarter, long expectedVersion) {
        ProgressUpdate update =
                updates.findByPriorityIdAndPeriodCode(w.id(), quarter.code()).orElse(null);
        ConcurrentChangeException.check(update == null ? -1 : update.getVersion(), expectedVersion);
        return update;
    }

    private ProgressUpdate submitted(
            WorkArea w, ReportingPeriod quarter, long expectedVersion, String field, String refusal) {
        ProgressUpdate update = existing(w, quarter, expectedVersion);
        if (update == null || update.getState() != ProgressUpdate.State.SUBMITTED) {
            throw new RejectedInput(field, refusal);
        }
        return update;
    }

    private void store(ProgressUpdate update) {
        try {
            updates.saveAndFlush(update);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Someone saved this quarter's update between our read and our write.
            throw new ConcurrentChangeException();
        }
    }

    private static String label(WorkArea w, ReportingPeriod quarter) {
        return w.name() + " " + quarter.label();
    }
}
