package com.cptracker.risks;

import com.cptracker.actions.ActionAdminService;
import com.cptracker.actions.ActionEdits.ActionRow;
import com.cptracker.common.NotFoundException;
import com.cptracker.risks.RiskRecords.Entry;
import com.cptracker.risks.RiskRecords.LogFilter;
import com.cptracker.risks.RiskRecords.Mitigation;
import com.cptracker.risks.RiskRecords.Named;
import com.cptracker.risks.RiskRecords.Owned;
import com.cptracker.risks.RiskRecords.PackItem;
import com.cptracker.risks.RiskRecords.RiskLog;
import com.cptracker.risks.RiskRecords.RiskPage;
import com.cptracker.risks.RiskRecords.RiskRow;
import com.cptracker.risks.domain.Risk;
import com.cptracker.risks.domain.RiskEntry;
import com.cptracker.risks.domain.RiskEntryRepository;
import com.cptracker.risks.domain.RiskLevel;
import com.cptracker.risks.domain.RiskLevelRepository;
import com.cptracker.risks.domain.RiskMitigation;
import com.cptracker.risks.domain.RiskMitigationRepository;
import com.cptracker.risks.domain.RiskRepository;
import com.cptracker.scale.ScaleStep;
import com.cptracker.strategy.PriorityAdminService;
import com.cptracker.strategy.StrategyEdits.PriorityRow;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.CurrentUser;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a strategy's issues and risks log: the log now with its filters, an item's page with its history, an
 * officer's open items, and the log as it stood at a moment (the board pack: at the quarter's publication) from the
 * dated entries, never from the rows as they are now. A fixed number of statements whatever the log's size.
 */
@Service
@Transactional(readOnly = true)
public class RiskLogService {

    private final RiskRepository risks;
    private final RiskEntryRepository entries;
    private final RiskMitigationRepository mitigations;
    private final RiskLevelRepository levels;
    private final UserAdminService users;
    private final PriorityAdminService priorities;
    private final ActionAdminService actions;
    private final StrategyService strategies;
    private final Clock clock;

    RiskLogService(
            RiskRepository risks,
            RiskEntryRepository entries,
            RiskMitigationRepository mitigations,
            RiskLevelRepository levels,
            UserAdminService users,
            PriorityAdminService priorities,
            ActionAdminService actions,
            StrategyService strategies,
            Clock clock) {
        this.risks = risks;
        this.entries = entries;
        this.mitigations = mitigations;
        this.levels = levels;
        this.users = users;
        this.priorities = priorities;
        this.actions = actions;
        this.strategies = strategies;
        this.clock = clock;
    }

    /** The log now, highest rating first within open items, then closed ones, filtered. */
    public RiskLog log(long strategyId, LogFilter filter) {
        List<Risk> all = risks.findByStrategyIdOrderById(strategyId);
        Lookups l = lookups(strategyId, all);
        List<RiskRow> rows = all.stream().map(r -> row(r, l, null)).toList();
        List<RiskRow> shown = rows.stream()
                .filter(r -> filter.kind() == null || r.kind() == filter.kind())
                .filter(r -> filter.state() == null || r.state() == filter.state())
                .filter(r -> filter.ownerId() == null || r.ownerId() == filter.ownerId())
                .filter(r -> !filter.overdue() || r.overdue())
                .filter(r -> filter.priorityId() == null
                        || all.stream()
                                .filter(x -> x.getId() == r.id())
                                .anyMatch(x -> x.getPriorityIds().contains(filter.priorityId())))
                .sorted(Comparator.comparing((RiskRow r) -> r.state() != RiskState.OPEN)
                        .thenComparing(r -> r.reviewDate() == null ? LocalDate.MAX : r.reviewDate())
                        .thenComparing(RiskRow::id))
                .toList();
        List<Named> owners = all.stream()
                .map(Risk::getOwnerId)
                .distinct()
                .map(id -> new Named(id, l.ownerName(id)))
                .sorted(Comparator.comparing(Named::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Named> linkable = l.priorities().values().stream()
                .map(p -> new Named(p.id(), priorityName(p)))
                .toList();
        return new RiskLog(shown, all.size(), owners, linkable);
    }

    /** An item's page with every step and mitigation, in order; 404 when not the strategy's. */
    public RiskPage page(long strategyId, long id, CurrentUser me) {
        Risk r = risks.findById(id)
                .filter(x -> x.getStrategyId() == strategyId)
                .orElseThrow(() -> new NotFoundException("Issue or risk", id));
        Lookups l = lookups(strategyId, List.of(r));
        List<Mitigation> done = mitigations.findByRiskIdOrderByDoneOnAscIdAsc(id).stream()
                .map(RiskLogService::mitigation)
                .toList();
        Map<Long, ActionRow> byId =
                actions.actions(strategyId).stream().collect(Collectors.toMap(ActionRow::id, Function.identity()));
        return new RiskPage(
                row(r, l, done.isEmpty() ? null : done.getLast().text()),
                r.getDescription(),
                r.getRaisedByName(),
                r.getRaisedAt(),
                r.getPriorityIds().stream()
                        .map(p -> l.priorities().get(p))
                        .filter(Objects::nonNull)
                        .map(RiskLogService::priorityName)
                        .toList(),
                r.getActionIds().stream()
                        .map(byId::get)
                        .filter(Objects::nonNull)
                        .map(a -> a.ref() + ": " + a.text())
                        .toList(),
                entries.findByRiskIdOrderByEnteredAtAscIdAsc(id).stream()
                        .map(RiskLogService::entry)
                        .toList(),
                done,
                RiskService.mayAct(r, me),
                r.getVersion());
    }

    /** The open items a person owns, by strategy (newest first), earliest review first: for My work. Three statements. */
    public List<Owned> openOwnedBy(long userId) {
        List<Risk> mine = risks.findByOwnerIdAndStateOrderByReviewDateAscIdAsc(userId, RiskState.OPEN);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, RiskLevel> lv =
                levels
                        .findAllById(mine.stream()
                                .map(Risk::getLevelId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(RiskLevel::getId, Function.identity()));
        Lookups l = new Lookups(Map.of(), lv, Map.of(), LocalDate.now(clock));
        Map<Long, List<RiskRow>> byStrategy = mine.stream()
                .collect(Collectors.groupingBy(
                        Risk::getStrategyId, Collectors.mapping(r -> row(r, l, null), Collectors.toList())));
        return strategies.byIds(byStrategy.keySet()).stream()
                .map(s -> new Owned(s, byStrategy.get(s.id())))
                .toList();
    }

    /**
     * The items open at that moment, each as its last step before it left it (rating in the words it then had, owner,
     * next review) with its latest mitigation entered by then; overdue as at that day. Two statements.
     */
    public List<PackItem> openAsAt(long strategyId, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        Map<Long, RiskMitigation> latest = mitigations.latestAsAt(strategyId, at).stream()
                .collect(Collectors.toMap(RiskMitigation::getRiskId, Function.identity()));
        return entries.asAt(strategyId, at).stream()
                .filter(e -> e.getState() == RiskState.OPEN)
                .map(e -> new PackItem(
                        e.getRiskId(),
                        e.getKind(),
                        e.getTitle(),
                        rating(e),
                        e.getOwnerName(),
                        e.getReviewDate(),
                        RiskRecords.overdue(e.getState(), e.getReviewDate(), day),
                        latest.containsKey(e.getRiskId()) ? mitigation(latest.get(e.getRiskId())) : null))
                .toList();
    }

    /** What a page of the log needs beside the items: their owners, ratings and the strategy's priorities. */
    private record Lookups(
            Map<Long, UserSummary> owners,
            Map<Long, RiskLevel> levels,
            Map<Long, PriorityRow> priorities,
            LocalDate today) {

        String ownerName(long id) {
            UserSummary u = owners.get(id);
            return u == null ? "#" + id : u.displayName();
        }
    }

    private Lookups lookups(long strategyId, List<Risk> items) {
        return new Lookups(
                users.byIds(items.stream().map(Risk::getOwnerId).collect(Collectors.toSet())),
                levels.findByStrategyIdOrderByPosition(strategyId).stream()
                        .collect(Collectors.toMap(RiskLevel::getId, Function.identity())),
                priorities.rows(strategyId).stream()
                        .collect(Collectors.toMap(
                                PriorityRow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)),
                LocalDate.now(clock));
    }

    private static RiskRow row(Risk r, Lookups l, String latestMitigation) {
        RiskLevel level = r.getLevelId() == null ? null : l.levels().get(r.getLevelId());
        return new RiskRow(
                r.getId(),
                r.getKind(),
                r.getTitle(),
                r.getOwnerId(),
                l.ownerName(r.getOwnerId()),
                level == null ? null : level.step(),
                r.getState(),
                r.getReviewDate(),
                RiskRecords.overdue(r.getState(), r.getReviewDate(), l.today()),
                r.getPriorityIds().stream()
                        .map(p -> l.priorities().get(p))
                        .filter(Objects::nonNull)
                        .map(PriorityRow::name)
                        .toList(),
                latestMitigation);
    }

    private static String priorityName(PriorityRow p) {
        return p.name() + ": " + p.title();
    }

    private static ScaleStep rating(RiskEntry e) {
        return e.getLevelWords() == null ? null : new ScaleStep(e.getLevelWords(), null, e.getLevelColour());
    }

    private static Entry entry(RiskEntry e) {
        return new Entry(
                e.getStep(),
                e.getEnteredAt(),
                e.getEnteredByName(),
                rating(e),
                e.getState(),
                e.getOwnerName(),
                e.getReviewDate(),
                e.getNote());
    }

    private static Mitigation mitigation(RiskMitigation m) {
        return new Mitigation(m.getDoneOn(), m.getText(), m.getEnteredByName(), m.getEnteredAt());
    }
}
