package com.cptracker.governance;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering;
import com.cptracker.governance.GovernanceEdits.BodyEdit;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import com.cptracker.governance.GovernanceEdits.BodyRow;
import com.cptracker.governance.GovernanceEdits.PartnerEdit;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import com.cptracker.governance.GovernanceEdits.PartnerRow;
import com.cptracker.governance.domain.GovernanceBody;
import com.cptracker.governance.domain.GovernanceBodyRepository;
import com.cptracker.governance.domain.ListedItem;
import com.cptracker.governance.domain.PartnerOrganisation;
import com.cptracker.governance.domain.PartnerOrganisationRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator sets up a strategy's boards and groups, who reports to whom, and its partners. Audited. */
@Service
@Transactional(readOnly = true)
public class GovernanceAdminService {

    private static final String BODY = "governance body";
    private static final String PARTNER = "partner";

    private final GovernanceBodyRepository bodies;
    private final PartnerOrganisationRepository partners;
    private final AuditService audit;

    GovernanceAdminService(
            GovernanceBodyRepository bodies, PartnerOrganisationRepository partners, AuditService audit) {
        this.bodies = bodies;
        this.partners = partners;
        this.audit = audit;
    }

    public BodyEdit body(long strategyId, long bodyId) {
        GovernanceBody b = findBody(strategyId, bodyId);
        return new BodyEdit(b.getId(), fields(b), b.isArchived(), b.getVersion());
    }

    public PartnerEdit partner(long strategyId, long partnerId) {
        PartnerOrganisation p = findPartner(strategyId, partnerId);
        return new PartnerEdit(p.getId(), fields(p), p.isArchived(), p.getVersion());
    }

    @Transactional
    public long createBody(long strategyId, BodyFields f) {
        List<GovernanceBody> all = bodies.findByStrategyIdOrderByPosition(strategyId);
        checkName(all, f.name(), null, "group");
        Map<Long, GovernanceBody> byId = byId(all);
        checkReportsTo(byId, null, f.reportsToId());
        GovernanceBody b = bodies.save(new GovernanceBody(strategyId, nextPosition(all), f));
        audit.record(BODY, b.getId(), f.name(), "CREATE", describe(null, f, byId), null);
        return b.getId();
    }

    @Transactional
    public void updateBody(long strategyId, long bodyId, BodyFields f, long expectedVersion) {
        List<GovernanceBody> all = bodies.findByStrategyIdOrderByPosition(strategyId);
        GovernanceBody b = findBody(strategyId, bodyId);
        ConcurrentChangeException.check(b.getVersion(), expectedVersion);
        checkName(all, f.name(), b.getId(), "group");
        Map<Long, GovernanceBody> byId = byId(all);
        checkReportsTo(byId, b.getId(), f.reportsToId());
        Changes changes = describe(fields(b), f, byId);
        b.update(f);
        audit.recordUpdate(BODY, b.getId(), f.name(), changes);
    }

    /** What the audit trail records of a body created ({@code before} null) or changed. */
    private static Changes describe(BodyFields before, BodyFields after, Map<Long, GovernanceBody> byId) {
        return Changes.between(before, after)
                .field("name", BodyFields::name)
                .field("kind", f -> f.kind().label())
                .field("description", BodyFields::description)
                .field("membership", BodyFields::membership)
                .field("chair", BodyFields::chairTitle)
                .field("reports to", f -> name(byId, f.reportsToId()))
                .changes();
    }

    @Transactional
    public long createPartner(long strategyId, PartnerFields f) {
        List<PartnerOrganisation> all = partners.findByStrategyIdOrderByPosition(strategyId);
        checkName(all, f.name(), null, "partner");
        PartnerOrganisation p = partners.save(new PartnerOrganisation(strategyId, nextPosition(all), f));
        audit.record(PARTNER, p.getId(), f.name(), "CREATE", describe(null, f), null);
        return p.getId();
    }

    @Transactional
    public void updatePartner(long strategyId, long partnerId, PartnerFields f, long expectedVersion) {
        PartnerOrganisation p = findPartner(strategyId, partnerId);
        ConcurrentChangeException.check(p.getVersion(), expectedVersion);
        checkName(partners.findByStrategyIdOrderByPosition(strategyId), f.name(), p.getId(), "partner");
        Changes changes = describe(fields(p), f);
        p.update(f);
        audit.recordUpdate(PARTNER, p.getId(), f.name(), changes);
    }

    /** What the audit trail records of a partner created ({@code before} null) or changed. */
    private static Changes describe(PartnerFields before, PartnerFields after) {
        return Changes.between(before, after)
                .field("name", PartnerFields::name)
                .field("description", PartnerFields::description)
                .changes();
    }

    /** Every body of the strategy in order, archived ones included, for the administrator. */
    public List<BodyRow> bodies(long strategyId) {
        List<GovernanceBody> all = bodies.findByStrategyIdOrderByPosition(strategyId);
        Map<Long, GovernanceBody> byId = byId(all);
        return all.stream()
                .map(b -> new BodyRow(
                        b.getId(),
                        b.getName(),
                        b.getKind(),
                        name(byId, b.getReportsToId()),
                        b.getChairTitle(),
                        b.isArchived(),
                        b.getVersion()))
                .toList();
    }

    /** Every partner of the strategy in order, archived ones included, for the administrator. */
    public List<PartnerRow> partners(long strategyId) {
        return partners.findByStrategyIdOrderByPosition(strategyId).stream()
                .map(p -> new PartnerRow(p.getId(), p.getName(), p.getDescription(), p.isArchived(), p.getVersion()))
                .toList();
    }

    /** Archives a board or group (it leaves the board's pages; kept, shown to administrators) or brings it back. */
    @Transactional
    public void setBodyArchived(long strategyId, long bodyId, boolean archived, String reason, long expectedVersion) {
        setArchived(BODY, "group", findBody(strategyId, bodyId), archived, reason, expectedVersion);
    }

    /** Archives a partner organisation or brings it back, with a reason. */
    @Transactional
    public void setPartnerArchived(
            long strategyId, long partnerId, boolean archived, String reason, long expectedVersion) {
        setArchived(PARTNER, "partner", findPartner(strategyId, partnerId), archived, reason, expectedVersion);
    }

    /**
     * Swaps a body's place with the one before (up) or after it; at either end, nothing moves. Archived bodies keep
     * their places, so one brought back returns where it was. Refused if the page showed another version of it.
     */
    @Transactional
    public void moveBody(long strategyId, long bodyId, Direction direction, long expectedVersion) {
        move(
                BODY,
                bodies.findByStrategyIdOrderByPosition(strategyId),
                findBody(strategyId, bodyId),
                direction,
                expectedVersion,
                bodies::flush);
    }

    /** Swaps a partner's place with the one before (up) or after it; refused if the page showed another version. */
    @Transactional
    public void movePartner(long strategyId, long partnerId, Direction direction, long expectedVersion) {
        move(
                PARTNER,
                partners.findByStrategyIdOrderByPosition(strategyId),
                findPartner(strategyId, partnerId),
                direction,
                expectedVersion,
                partners::flush);
    }

    /** The one archive path of both lists: the version the page showed, a reason, and a change that does something. */
    private void setArchived(
            String itemType, String noun, ListedItem item, boolean archived, String reason, long expectedVersion) {
        ConcurrentChangeException.check(item.getVersion(), expectedVersion);
        ArchiveCheck.archive(noun, item.isArchived(), archived, reason);
        item.setArchived(archived);
        audit.recordArchive(itemType, item.getId(), item.getName(), archived, reason);
    }

    /** The one move of both lists: the version the page showed, then a swap with the neighbour, audited for both. */
    private <T extends ListedItem> void move(
            String itemType, List<T> all, T item, Direction direction, long expectedVersion, Runnable flush) {
        ConcurrentChangeException.check(item.getVersion(), expectedVersion);
        Reordering.swap(all, item, direction, ListedItem::getPosition, ListedItem::moveTo, flush)
                .ifPresent(
                        swap -> audit.recordSwap(itemType, "position", swap, ListedItem::getId, ListedItem::getName));
    }

    /** A body may report to another of the same strategy, never to itself or to one that reports up to it. */
    private static void checkReportsTo(Map<Long, GovernanceBody> byId, Long self, Long reportsToId) {
        if (reportsToId == null) {
            return;
        }
        if (!byId.containsKey(reportsToId)) {
            throw new RejectedInput("reportsToId", "Choose a group of this strategy");
        }
        Set<Long> seen = new HashSet<>();
        for (Long id = reportsToId;
                id != null && seen.add(id);
                id = byId.get(id).getReportsToId()) {
            if (id.equals(self)) {
                throw new RejectedInput(
                        "reportsToId", "A group cannot report to itself or to a group that reports to it");
            }
        }
    }

    /** A name is used once in each list, whatever its case; {@code self} is the item being changed, null when new. */
    private static void checkName(List<? extends ListedItem> all, String name, Long self, String noun) {
        if (all.stream()
                .anyMatch(i -> i.getName().equalsIgnoreCase(name) && !i.getId().equals(self))) {
            throw new RejectedInput("name", "This strategy already has a " + noun + " with this name");
        }
    }

    /** The place after the last of a list. */
    private static int nextPosition(List<? extends ListedItem> all) {
        return all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
    }

    /** A body's fields as an administrator enters them: the one way they are read from the entity. */
    static BodyFields fields(GovernanceBody b) {
        return new BodyFields(
                b.getName(), b.getKind(), b.getDescription(), b.getMembership(), b.getChairTitle(), b.getReportsToId());
    }

    static PartnerFields fields(PartnerOrganisation p) {
        return new PartnerFields(p.getName(), p.getDescription());
    }

    private static Map<Long, GovernanceBody> byId(List<GovernanceBody> all) {
        return all.stream().collect(Collectors.toMap(GovernanceBody::getId, Function.identity()));
    }

    private static String name(Map<Long, GovernanceBody> byId, Long id) {
        return id == null ? null : byId.containsKey(id) ? byId.get(id).getName() : "#" + id;
    }

    private GovernanceBody findBody(long strategyId, long bodyId) {
        return bodies.findById(bodyId)
                .filter(b -> Objects.equals(b.getStrategyId(), strategyId))
                .orElseThrow(() -> new NotFoundException("Governance body", bodyId));
    }

    private PartnerOrganisation findPartner(long strategyId, long partnerId) {
        return partners.findById(partnerId)
                .filter(p -> Objects.equals(p.getStrategyId(), strategyId))
                .orElseThrow(() -> new NotFoundException("Partner", partnerId));
    }
}
