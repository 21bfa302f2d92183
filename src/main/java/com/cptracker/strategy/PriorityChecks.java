package com.cptracker.strategy;

import com.cptracker.audit.Changes;
import com.cptracker.common.RejectedInput;
import com.cptracker.governance.GovernanceRecords.Body;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import com.cptracker.strategy.domain.Priority;
import com.cptracker.strategy.domain.PriorityRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a priority's or theme's fields are checked against before {@link PriorityAdminService} saves them (a priority's
 * number free among the priorities, a theme's place, the workstream and partners the strategy's own), and what the
 * audit trail records of the change.
 */
@Component
class PriorityChecks {

    private final PriorityRepository priorities;
    private final GovernanceService governance;

    PriorityChecks(PriorityRepository priorities, GovernanceService governance) {
        this.priorities = priorities;
        this.governance = governance;
    }

    /** The fields as they will be saved, and the change they make to {@code self} (null when new). */
    record Checked(PriorityFields fields, Changes changes) {}

    Checked check(long strategyId, PriorityFields f, Priority self) {
        PriorityFields placed = placed(strategyId, f, self);
        return new Checked(
                placed,
                describe(self == null ? null : PriorityAdminService.fields(self), placed, names(strategyId, placed)));
    }

    /** What the audit trail records of a priority created ({@code before} null) or changed. */
    private static Changes describe(PriorityFields before, PriorityFields after, Names n) {
        return Changes.between(before, after)
                .field("kind", f -> f.kind().label())
                .field("label", PriorityFields::label)
                .field("number", f -> f.kind() == PriorityKind.THEME ? null : f.number())
                .field("title", PriorityFields::title)
                .field("statement", PriorityFields::statement)
                .field("vision", PriorityFields::vision)
                .field("challenge", PriorityFields::challenge)
                .field("lead", PriorityFields::leadTitle)
                .field("workstream", f -> n.workstream(f.workstreamId()))
                .field("key partners", f -> n.partners(f.partnerIds()))
                .changes();
    }

    /**
     * The fields as they will be saved: a priority's number must be free among the priorities; a theme keeps its place
     * among the themes, or takes the next one when it is new or was a priority.
     */
    private PriorityFields placed(long strategyId, PriorityFields f, Priority self) {
        if (f.kind() == PriorityKind.THEME) {
            if (self != null && self.getKind() == PriorityKind.THEME) {
                return f.numbered(self.getNumber());
            }
            int last = priorities.findByStrategyIdOrderByKindAscNumberAsc(strategyId).stream()
                    .filter(p -> p.getKind() == PriorityKind.THEME)
                    .mapToInt(Priority::getNumber)
                    .max()
                    .orElse(0);
            return f.numbered(last + 1);
        }
        checkNumberFree(strategyId, f.number(), self == null ? null : self.getId());
        return f;
    }

    private void checkNumberFree(long strategyId, int number, Long self) {
        priorities
                .findByStrategyIdAndKindAndNumber(strategyId, PriorityKind.PRIORITY, number)
                .filter(p -> !p.getId().equals(self))
                .ifPresent(p -> {
                    throw new RejectedInput(
                            "number",
                            "Number " + number + " is already " + PriorityAdminService.label(p) + ": choose another");
                });
    }

    /** Checks that the workstream and partners are the strategy's own, and names them for the audit trail. */
    private Names names(long strategyId, PriorityFields f) {
        Map<Long, String> bodies =
                governance.bodiesOf(strategyId).stream().collect(Collectors.toMap(Body::id, Body::name));
        Map<Long, String> partners =
                governance.partnersOf(strategyId).stream().collect(Collectors.toMap(Partner::id, Partner::name));
        if (f.workstreamId() != null && !bodies.containsKey(f.workstreamId())) {
            throw new RejectedInput("workstreamId", "Choose a group of this strategy's governance");
        }
        if (!partners.keySet().containsAll(f.partnerIds())) {
            throw new RejectedInput("partnerIds", "Choose partners of this strategy");
        }
        return new Names(bodies, partners);
    }

    private record Names(Map<Long, String> bodies, Map<Long, String> partners) {

        String workstream(Long id) {
            return id == null ? null : bodies.getOrDefault(id, "#" + id);
        }

        String partners(List<Long> ids) {
            return String.join(
                    "; ",
                    ids.stream().map(id -> partners.getOrDefault(id, "#" + id)).toList());
        }
    }
}
