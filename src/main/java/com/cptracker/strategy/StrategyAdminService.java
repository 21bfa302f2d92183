package com.cptracker.strategy;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.strategy.StrategyEdits.PromiseEdit;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyEdits.StrategyEdit;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.domain.Promise;
import com.cptracker.strategy.domain.PromiseRepository;
import com.cptracker.strategy.domain.Strategy;
import com.cptracker.strategy.domain.StrategyRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets up strategies and their promise to children. Nothing is deleted: a strategy is archived.
 * Every change is audited in its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class StrategyAdminService {

    private final StrategyRepository strategies;
    private final PromiseRepository promises;
    private final AuditService audit;

    StrategyAdminService(StrategyRepository strategies, PromiseRepository promises, AuditService audit) {
        this.strategies = strategies;
        this.promises = promises;
        this.audit = audit;
    }

    public StrategyEdit strategy(String slug) {
        return edit(find(slug));
    }

    /** Creates a strategy; returns its slug. */
    @Transactional
    public String create(StrategyFields f) {
        checkDates(f);
        if (strategies.findBySlug(f.slug()).isPresent()) {
            throw new RejectedInput("slug", "Another strategy already has this web address name: choose another");
        }
        Strategy s = strategies.save(new Strategy(f.slug(), f.title(), f.subtitle(), f.council(), f.startsOn(),
                f.endsOn(), f.status(), f.vision(), f.contact(), false));
        audit.record("strategy", s.getId(), s.getTitle(), "CREATE", Changes.create().set("slug", f.slug())
                .set("title", f.title()).set("subtitle", f.subtitle()).set("council", f.council())
                .set("starts on", f.startsOn()).set("ends on", f.endsOn()).set("status", f.status())
                .set("vision", f.vision()).set("contact", f.contact()), null);
        return s.getSlug();
    }

    /** Changes a strategy; returns its slug, which may have changed. */
    @Transactional
    public String update(String slug, StrategyFields f, long expectedVersion) {
        Strategy s = find(slug);
        checkVersion(s.getVersion(), expectedVersion);
        checkDates(f);
        if (!f.slug().equals(slug) && strategies.findBySlug(f.slug()).isPresent()) {
            throw new RejectedInput("slug", "Another strategy already has this web address name: choose another");
        }
        Changes changes = Changes.create().field("slug", s.getSlug(), f.slug()).field("title", s.getTitle(), f.title())
                .field("subtitle", s.getSubtitle(), f.subtitle()).field("council", s.getCouncil(), f.council())
                .field("starts on", s.getStartsOn(), f.startsOn()).field("ends on", s.getEndsOn(), f.endsOn())
                .field("status", s.getStatus(), f.status()).field("vision", s.getVision(), f.vision())
                .field("contact", s.getContact(), f.contact());
        s.update(f.slug(), f.title(), f.subtitle(), f.council(), f.startsOn(), f.endsOn(), f.status(), f.vision(),
                f.contact());
        if (!changes.isEmpty()) {
            audit.record("strategy", s.getId(), s.getTitle(), "UPDATE", changes, null);
        }
        return s.getSlug();
    }

    /** Keeps a strategy for history; everything under it stays readable. */
    @Transactional
    public void archive(String slug, long expectedVersion) {
        Strategy s = find(slug);
        checkVersion(s.getVersion(), expectedVersion);
        if (s.getStatus() == StrategyStatus.ARCHIVED) {
            return;
        }
        Changes changes = Changes.create().field("status", s.getStatus(), StrategyStatus.ARCHIVED);
        s.archive();
        audit.record("strategy", s.getId(), s.getTitle(), "ARCHIVE", changes, null);
    }

    public List<PromiseEdit> promises(String slug) {
        return promises.findByStrategyIdOrderByPosition(find(slug).getId()).stream()
                .map(StrategyAdminService::edit).toList();
    }

    public PromiseEdit promise(String slug, long promiseId) {
        return edit(findPromise(find(slug), promiseId));
    }

    /** Adds a promise at the end; the caller has checked that the actions and measures are the strategy's. */
    @Transactional
    public long addPromise(String slug, PromiseFields f) {
        Strategy s = find(slug);
        List<Promise> all = promises.findByStrategyIdOrderByPosition(s.getId());
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        Promise p = promises.save(new Promise(s.getId(), position, f.text(), f.actionIds(), f.measureIds()));
        audit.record("promise", p.getId(), f.text(), "CREATE", Changes.create().set("text", f.text())
                .set("position", position).set("actions", ids(f.actionIds()))
                .set("measures", ids(f.measureIds())), null);
        return p.getId();
    }

    @Transactional
    public void updatePromise(String slug, long promiseId, PromiseFields f, long expectedVersion) {
        Promise p = findPromise(find(slug), promiseId);
        checkVersion(p.getVersion(), expectedVersion);
        Changes changes = Changes.create().field("text", p.getText(), f.text())
                .field("actions", ids(p.getActionIds()), ids(f.actionIds()))
                .field("measures", ids(p.getMeasureIds()), ids(f.measureIds()));
        p.update(f.text(), f.actionIds(), f.measureIds());
        if (!changes.isEmpty()) {
            audit.record("promise", p.getId(), f.text(), "UPDATE", changes, null);
        }
    }

    /** Swaps a promise with the one before (up) or after it; at either end, nothing moves. */
    @Transactional
    public void movePromise(String slug, long promiseId, boolean up) {
        Strategy s = find(slug);
        List<Promise> all = promises.findByStrategyIdOrderByPosition(s.getId());
        Promise p = findPromise(s, promiseId);
        int i = all.indexOf(p);
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= all.size()) {
            return;
        }
        Promise other = all.get(j);
        int from = p.getPosition();
        int to = other.getPosition();
        // Positions are unique at every moment, so the swap goes through a free position.
        p.moveTo(all.getLast().getPosition() + 1);
        promises.flush();
        other.moveTo(from);
        promises.flush();
        p.moveTo(to);
        audit.record("promise", p.getId(), p.getText(), "MOVE", Changes.create().field("position", from, to), null);
        audit.record("promise", other.getId(), other.getText(), "MOVE",
                Changes.create().field("position", to, from), null);
    }

    /** Archives a promise (it leaves the board's pages; kept, and shown to administrators) or brings it back. */
    @Transactional
    public void setPromiseArchived(String slug, long promiseId, boolean archived, String reason,
                                   long expectedVersion) {
        Promise p = findPromise(find(slug), promiseId);
        checkVersion(p.getVersion(), expectedVersion);
        checkReason(reason);
        if (p.isArchived() == archived) {
            throw new RejectedInput("archived", "The promise is already " + (archived ? "archived" : "shown"));
        }
        p.setArchived(archived);
        audit.record("promise", p.getId(), p.getText(), archived ? "ARCHIVE" : "UNARCHIVE", archivedChange(archived),
                reason.strip());
    }

    static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RejectedInput("reason", "Enter the reason for the change");
        }
    }

    static Changes archivedChange(boolean archived) {
        return Changes.create().field("archived", archived ? "no" : "yes", archived ? "yes" : "no");
    }

    private Strategy find(String slug) {
        return strategies.findBySlug(slug).orElseThrow(() -> new NotFoundException("Strategy", slug));
    }

    private Promise findPromise(Strategy s, long promiseId) {
        return promises.findById(promiseId).filter(p -> Objects.equals(p.getStrategyId(), s.getId()))
                .orElseThrow(() -> new NotFoundException("Promise", promiseId));
    }

    private static void checkDates(StrategyFields f) {
        if (!f.endsOn().isAfter(f.startsOn())) {
            throw new IllegalArgumentException("A strategy must end after it starts");
        }
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConcurrentChangeException();
        }
    }

    /** Ids in order, for the audit trail: "12, 15, 40". */
    static String ids(Collection<Long> ids) {
        return String.join(", ", new TreeSet<>(ids).stream().map(String::valueOf).toList());
    }

    private static StrategyEdit edit(Strategy s) {
        return new StrategyEdit(s.getId(), new StrategyFields(s.getSlug(), s.getTitle(), s.getSubtitle(),
                s.getCouncil(), s.getStartsOn(), s.getEndsOn(), s.getStatus(), s.getVision(), s.getContact()),
                s.isDemo(), s.getVersion());
    }

    private static PromiseEdit edit(Promise p) {
        return new PromiseEdit(p.getId(), p.getPosition(),
                new PromiseFields(p.getText(), p.getActionIds(), p.getMeasureIds()), p.isArchived(), p.getVersion());
    }
}
