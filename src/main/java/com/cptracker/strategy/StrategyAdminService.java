package com.cptracker.strategy;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering;
import com.cptracker.strategy.StrategyEdits.PromiseEdit;
import com.cptracker.strategy.StrategyEdits.PromiseFields;
import com.cptracker.strategy.StrategyEdits.StrategyEdit;
import com.cptracker.strategy.StrategyEdits.StrategyFields;
import com.cptracker.strategy.domain.Promise;
import com.cptracker.strategy.domain.PromiseRepository;
import com.cptracker.strategy.domain.Strategy;
import com.cptracker.strategy.domain.StrategyRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
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
    private final SectionAdminService sectionAdmin;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    StrategyAdminService(
            StrategyRepository strategies,
            PromiseRepository promises,
            SectionAdminService sectionAdmin,
            AuditService audit,
            ApplicationEventPublisher events) {
        this.sectionAdmin = sectionAdmin;
        this.events = events;
        this.strategies = strategies;
        this.promises = promises;
        this.audit = audit;
    }

    public StrategyEdit strategy(long strategyId) {
        return edit(find(strategyId));
    }

    /** Creates a strategy; returns its id. */
    @Transactional
    public long create(StrategyFields f) {
        checkDates(f);
        checkSlugFree(f.slug(), null);
        Strategy s = strategies.save(new Strategy(f, false));
        audit.record("strategy", s.getId(), s.getTitle(), "CREATE", describe(null, f), null);
        return s.getId();
    }

    /** Changes a strategy, its web address name (slug) included. */
    @Transactional
    public void update(long strategyId, StrategyFields f, long expectedVersion) {
        Strategy s = find(strategyId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        checkDates(f);
        checkSlugFree(f.slug(), s.getId());
        Changes changes = describe(fields(s), f);
        LocalDate endedOn = s.getEndsOn();
        s.update(f);
        if (!endedOn.equals(f.endsOn())) {
            events.publishEvent(new StrategyEndMoved(strategyId, f.endsOn()));
        }
        audit.recordUpdate("strategy", s.getId(), s.getTitle(), changes);
    }

    /**
     * Sets a section of the strategy's narrative by its heading, as the import does: a heading it has not got is added
     * after the others, one it has gets this text. The sections screen's own path ({@link SectionAdminService#set}).
     */
    @Transactional
    public void setSection(long strategyId, String heading, String body) {
        sectionAdmin.set(find(strategyId).getId(), heading, body);
    }

    /** What the audit trail records of a strategy created ({@code before} null) or changed. */
    private static Changes describe(StrategyFields before, StrategyFields after) {
        return Changes.between(before, after)
                .field("slug", StrategyFields::slug)
                .field("title", StrategyFields::title)
                .field("subtitle", StrategyFields::subtitle)
                .field("council", StrategyFields::council)
                .field("starts on", StrategyFields::startsOn)
                .field("ends on", StrategyFields::endsOn)
                .field("status", StrategyFields::status)
                .field("vision", StrategyFields::vision)
                .field("contact", StrategyFields::contact)
                .changes();
    }

    /** Keeps a strategy for history; everything under it stays readable. */
    @Transactional
    public void archive(long strategyId, long expectedVersion) {
        Strategy s = find(strategyId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        if (s.getStatus() == StrategyStatus.ARCHIVED) {
            return;
        }
        Changes changes = Changes.create().field("status", s.getStatus(), StrategyStatus.ARCHIVED);
        s.archive();
        audit.record("strategy", s.getId(), s.getTitle(), "ARCHIVE", changes, null);
    }

    public List<PromiseEdit> promises(long strategyId) {
        return promises.findByStrategyIdOrderByPosition(find(strategyId).getId()).stream()
                .map(StrategyAdminService::edit)
                .toList();
    }

    public PromiseEdit promise(long strategyId, long promiseId) {
        return edit(findPromise(find(strategyId), promiseId));
    }

    /** Adds a promise at the end; the caller has checked that the actions and measures are the strategy's. */
    @Transactional
    public long addPromise(long strategyId, PromiseFields f) {
        Strategy s = find(strategyId);
        List<Promise> all = promises.findByStrategyIdOrderByPosition(s.getId());
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        Promise p = promises.save(new Promise(s.getId(), position, f));
        audit.record("promise", p.getId(), f.text(), "CREATE", describe(null, f, position), null);
        return p.getId();
    }

    @Transactional
    public void updatePromise(long strategyId, long promiseId, PromiseFields f, long expectedVersion) {
        Promise p = findPromise(find(strategyId), promiseId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        Changes changes = describe(fields(p), f, p.getPosition());
        p.update(f);
        audit.recordUpdate("promise", p.getId(), f.text(), changes);
    }

    /**
     * What the audit trail records of a promise created ({@code before} null) or changed. An edit leaves its place as
     * it is, so only a new promise records its position.
     */
    private static Changes describe(PromiseFields before, PromiseFields after, int position) {
        return Changes.between(before, after)
                .field("text", PromiseFields::text)
                .field("position", f -> position)
                .field("actions", f -> ids(f.actionIds()))
                .field("measures", f -> ids(f.measureIds()))
                .changes();
    }

    /**
     * Moves a promise one place up or down the promise, swapping places with its neighbour; at either end, nothing
     * moves. Refused if the page showed another version of it.
     */
    @Transactional
    public void movePromise(long strategyId, long promiseId, Direction direction, long expectedVersion) {
        Strategy s = find(strategyId);
        Promise p = findPromise(s, promiseId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        List<Promise> all = promises.findByStrategyIdOrderByPosition(s.getId());
        Reordering.swap(all, p, direction, Promise::getPosition, Promise::moveTo, promises::flush)
                .ifPresent(swap -> audit.recordSwap("promise", "position", swap, Promise::getId, Promise::getText));
    }

    /** Archives a promise (it leaves the board's pages; kept, and shown to administrators) or brings it back. */
    @Transactional
    public void setPromiseArchived(
            long strategyId, long promiseId, boolean archived, String reason, long expectedVersion) {
        Promise p = findPromise(find(strategyId), promiseId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        ArchiveCheck.archive("promise", p.isArchived(), archived, reason);
        p.setArchived(archived);
        audit.recordArchive("promise", p.getId(), p.getText(), archived, reason);
    }

    private Strategy find(long strategyId) {
        return strategies.findById(strategyId).orElseThrow(() -> new NotFoundException("Strategy", strategyId));
    }

    private void checkSlugFree(String slug, Long self) {
        strategies.findBySlug(slug).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new RejectedInput("slug", "Another strategy already has this web address name: choose another");
        });
    }

    private Promise findPromise(Strategy s, long promiseId) {
        return promises.findById(promiseId)
                .filter(p -> Objects.equals(p.getStrategyId(), s.getId()))
                .orElseThrow(() -> new NotFoundException("Promise", promiseId));
    }

    private static void checkDates(StrategyFields f) {
        if (!f.endsOn().isAfter(f.startsOn())) {
            throw new IllegalArgumentException("A strategy must end after it starts");
        }
    }

    /** Ids in order, for the audit trail: "12, 15, 40". */
    static String ids(Collection<Long> ids) {
        return String.join(
                ", ", new TreeSet<>(ids).stream().map(String::valueOf).toList());
    }

    private static StrategyEdit edit(Strategy s) {
        return new StrategyEdit(s.getId(), fields(s), s.isDemo(), s.getVersion());
    }

    /** A strategy's fields as an administrator enters them: the one way they are read from the entity. */
    static StrategyFields fields(Strategy s) {
        return new StrategyFields(
                s.getSlug(),
                s.getTitle(),
                s.getSubtitle(),
                s.getCouncil(),
                s.getStartsOn(),
                s.getEndsOn(),
                s.getStatus(),
                s.getVision(),
                s.getContact());
    }

    private static PromiseEdit edit(Promise p) {
        return new PromiseEdit(p.getId(), p.getPosition(), fields(p), p.isArchived(), p.getVersion());
    }

    /** A promise's fields as an administrator enters them: the one way they are read from the entity. */
    static PromiseFields fields(Promise p) {
        return new PromiseFields(p.getText(), p.getActionIds(), p.getMeasureIds());
    }
}
