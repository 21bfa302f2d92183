package com.cptracker.risks;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.risks.RiskEdits.MitigationFields;
import com.cptracker.risks.RiskEdits.ReviewFields;
import com.cptracker.risks.RiskEdits.RiskFields;
import com.cptracker.risks.RiskRecords.RiskEdit;
import com.cptracker.risks.domain.Risk;
import com.cptracker.risks.domain.RiskEntry;
import com.cptracker.risks.domain.RiskEntryRepository;
import com.cptracker.risks.domain.RiskLevel;
import com.cptracker.risks.domain.RiskLevelRepository;
import com.cptracker.risks.domain.RiskMitigation;
import com.cptracker.risks.domain.RiskMitigationRepository;
import com.cptracker.risks.domain.RiskRepository;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.Role;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to a strategy's issues and risks log. Anyone on the board or the officer group raises an item; its
 * raiser, its owner and administrators change it, review it, add its mitigations and close it. Each step is dated and
 * kept ({@link RiskEntry}: never overwritten), guarded by the item's version and audited.
 */
@Service
@Transactional(readOnly = true)
public class RiskService {

    static final String ITEM = "issue or risk";

    private final RiskRepository risks;
    private final RiskEntryRepository entries;
    private final RiskMitigationRepository mitigations;
    private final RiskLevelRepository levels;
    private final UserAdminService users;
    private final AuditService audit;
    private final Clock clock;

    RiskService(
            RiskRepository risks,
            RiskEntryRepository entries,
            RiskMitigationRepository mitigations,
            RiskLevelRepository levels,
            UserAdminService users,
            AuditService audit,
            Clock clock) {
        this.risks = risks;
        this.entries = entries;
        this.mitigations = mitigations;
        this.levels = levels;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether this person may change, review or close the item: its raiser, its owner or an administrator. */
    static boolean mayAct(Risk r, CurrentUser me) {
        return me.has(Role.ADMINISTRATOR)
                || me.id() == r.getOwnerId()
                || (r.getRaisedById() != null && me.id() == r.getRaisedById());
    }

    /** The item for a form of someone who may act on it; a 404 when not the strategy's, a 403 when not theirs. */
    public RiskEdit edit(long strategyId, long id, CurrentUser me) {
        Risk r = acting(strategyId, id, me);
        return new RiskEdit(
                r.getId(),
                r.getKind(),
                r.getTitle(),
                r.getDescription(),
                r.getOwnerId(),
                r.getLevelId(),
                r.getState(),
                r.getReviewDate(),
                r.getPriorityIds(),
                r.getActionIds(),
                r.getVersion());
    }

    /** The people who may own an item: enabled officers, and the owner it has. */
    public List<UserSummary> owners(Long kept) {
        return users.officers(kept == null ? List.of() : List.of(kept));
    }

    @Transactional
    public long raise(long strategyId, RiskFields f, CurrentUser me) {
        RiskLevel level = checked(strategyId, f, null, null);
        Risk r = risks.save(new Risk(strategyId, f, me.id(), me.displayName(), clock.instant()));
        String owner = ownerName(r);
        entries.save(new RiskEntry(r, RiskStep.RAISED, owner, level, null, me.id(), me.displayName(), now()));
        audit.record(ITEM, r.getId(), r.getTitle(), "CREATE", describe(null, Audited.of(r, owner, level)), null);
        return r.getId();
    }

    @Transactional
    public void update(long strategyId, long id, RiskFields f, long expectedVersion, CurrentUser me) {
        Risk r = acting(strategyId, id, me);
        ConcurrentChangeException.check(r.getVersion(), expectedVersion);
        RiskLevel before = level(r.getLevelId());
        RiskLevel level = checked(strategyId, f, r.getOwnerId(), r.getLevelId());
        Audited was = Audited.of(r, ownerName(r), before);
        r.update(f);
        String owner = ownerName(r);
        Changes changes = describe(was, Audited.of(r, owner, level));
        risks.flush();
        entries.save(new RiskEntry(r, RiskStep.CHANGED, owner, level, null, me.id(), me.displayName(), now()));
        audit.recordUpdate(ITEM, r.getId(), r.getTitle(), changes);
    }

    /** A review: the rating and status at this date and the next review, kept beside every earlier review. */
    @Transactional
    public void review(long strategyId, long id, ReviewFields f, long expectedVersion, CurrentUser me) {
        Risk r = acting(strategyId, id, me);
        ConcurrentChangeException.check(r.getVersion(), expectedVersion);
        RiskLevel level = f.levelId() == null ? null : offered(strategyId, f.levelId(), r.getLevelId());
        RiskState was = r.getState();
        Changes changes = Changes.create()
                .field("rating", label(level(r.getLevelId())), label(level))
                .field("status", was.label(), f.state().label())
                .field("review date", r.getReviewDate(), f.reviewDate())
                .set("note", f.note());
        r.review(f.levelId(), f.state(), f.reviewDate());
        risks.flush();
        RiskStep step = f.state() == was
                ? RiskStep.REVIEWED
                : f.state() == RiskState.CLOSED ? RiskStep.CLOSED : RiskStep.REOPENED;
        entries.save(new RiskEntry(r, step, ownerName(r), level, f.note(), me.id(), me.displayName(), now()));
        audit.recordUpdate(ITEM, r.getId(), r.getTitle(), changes);
    }

    @Transactional
    public void mitigate(long strategyId, long id, MitigationFields f, long expectedVersion, CurrentUser me) {
        Risk r = acting(strategyId, id, me);
        ConcurrentChangeException.check(r.getVersion(), expectedVersion);
        mitigations.save(new RiskMitigation(r.getId(), f.doneOn(), f.text(), me.id(), me.displayName(), now()));
        audit.recordUpdate(
                ITEM, r.getId(), r.getTitle(), Changes.create().set("mitigation", f.doneOn() + ": " + f.text()));
    }

    private Instant now() {
        return clock.instant();
    }

    private RiskLevel checked(long strategyId, RiskFields f, Long keptOwner, Long keptLevel) {
        if (owners(keptOwner).stream().noneMatch(u -> u.id() == f.ownerId())) {
            throw new RejectedInput("ownerId", "Choose an owner from the list");
        }
        return f.levelId() == null ? null : offered(strategyId, f.levelId(), keptLevel);
    }

    /** A step of the strategy's scale that is offered now, or the one the item already has. */
    private RiskLevel offered(long strategyId, long levelId, Long kept) {
        return levels.findById(levelId)
                .filter(l -> l.getStrategyId() == strategyId
                        && (!l.isArchived() || l.getId().equals(kept)))
                .orElseThrow(() -> new RejectedInput("levelId", "Choose a rating from the list"));
    }

    private RiskLevel level(Long id) {
        return id == null ? null : levels.findById(id).orElse(null);
    }

    private static String label(RiskLevel l) {
        return l == null ? "not rated" : l.label();
    }

    private String ownerName(Risk r) {
        UserSummary u = users.byIds(List.of(r.getOwnerId())).get(r.getOwnerId());
        return u == null ? "#" + r.getOwnerId() : u.displayName();
    }

    /** An item's fields as the audit trail names them. */
    private record Audited(
            String kind,
            String title,
            String description,
            String owner,
            String rating,
            Object reviewDate,
            Object priorities,
            Object actions) {

        static Audited of(Risk r, String owner, RiskLevel level) {
            return new Audited(
                    r.getKind().label(),
                    r.getTitle(),
                    r.getDescription(),
                    owner,
                    label(level),
                    r.getReviewDate(),
                    r.getPriorityIds(),
                    r.getActionIds());
        }
    }

    private static Changes describe(Audited before, Audited after) {
        return Changes.between(before, after)
                .field("kind", Audited::kind)
                .field("title", Audited::title)
                .field("description", Audited::description)
                .field("owner", Audited::owner)
                .field("rating", Audited::rating)
                .field("review date", Audited::reviewDate)
                .field("priorities and themes", Audited::priorities)
                .field("actions", Audited::actions)
                .changes();
    }

    private Risk acting(long strategyId, long id, CurrentUser me) {
        Risk r = risks.findById(id)
                .filter(x -> x.getStrategyId() == strategyId)
                .orElseThrow(() -> new NotFoundException("Issue or risk", id));
        if (!mayAct(r, me)) {
            throw new AccessDeniedException("Only its raiser, its owner or an administrator may change it");
        }
        return r;
    }
}
