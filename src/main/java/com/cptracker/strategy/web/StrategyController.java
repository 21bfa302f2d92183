package com.cptracker.strategy.web;

import com.cptracker.actions.ActionRecords.ActionSummary;
import com.cptracker.actions.ActionService;
import com.cptracker.common.Narrative;
import com.cptracker.governance.GovernanceService;
import com.cptracker.measures.MeasureRecords.MeasureSummary;
import com.cptracker.measures.MeasureService;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.StrategySummary;
import com.cptracker.strategy.StrategyService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A strategy's front page and a page per priority. */
@Controller
class StrategyController {

    private final StrategyService strategies;
    private final GovernanceService governance;
    private final ActionService actions;
    private final MeasureService measures;

    StrategyController(StrategyService strategies, GovernanceService governance, ActionService actions,
                       MeasureService measures) {
        this.strategies = strategies;
        this.governance = governance;
        this.actions = actions;
        this.measures = measures;
    }

    @GetMapping("/strategies/{slug}")
    String strategy(@PathVariable String slug, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        model.addAttribute("strategy", strategy);
        model.addAttribute("priorities", strategies.prioritiesOf(strategy.id()));
        model.addAttribute("sections", strategies.sectionsOf(strategy.id()).stream()
                .map(s -> new SectionView(s.heading(), Narrative.blocks(s.body()))).toList());
        model.addAttribute("bodies", governance.bodiesOf(strategy.id()));
        model.addAttribute("partners", governance.partnersOf(strategy.id()));
        model.addAttribute("promises", strategies.promisesOf(strategy.id()));
        model.addAttribute("generalMeasures", measures.measuresOfStrategy(strategy.id()).stream()
                .filter(m -> m.priorityId() == null).toList());
        return "strategy/strategy";
    }

    @GetMapping("/strategies/{slug}/priorities/{number}")
    String priority(@PathVariable String slug, @PathVariable int number, Model model) {
        StrategySummary strategy = strategies.bySlug(slug);
        PriorityDetail priority = strategies.priority(strategy.id(), number);
        List<ActionSummary> priorityActions = actions.actionsOfPriority(priority.id());
        List<MeasureSummary> priorityMeasures = measures.measuresOfPriority(priority.id());
        Map<Long, List<ActionSummary>> actionsByStatement = priorityActions.stream()
                .filter(a -> a.statementId() != null)
                .collect(Collectors.groupingBy(ActionSummary::statementId));
        Map<Long, List<MeasureSummary>> measuresByStatement = priorityMeasures.stream()
                .filter(m -> m.statementId() != null)
                .collect(Collectors.groupingBy(MeasureSummary::statementId));
        List<StatementGroup> groups = new ArrayList<>();
        priority.statements().forEach(s -> groups.add(new StatementGroup(s.kind().label(), s.text(),
                actionsByStatement.getOrDefault(s.id(), List.of()),
                measuresByStatement.getOrDefault(s.id(), List.of()))));
        model.addAttribute("strategy", strategy);
        model.addAttribute("priority", priority);
        model.addAttribute("vision", Narrative.blocks(priority.vision()));
        model.addAttribute("challenge", Narrative.blocks(priority.challenge()));
        model.addAttribute("workstream", priority.workstreamId() == null ? null
                : governance.bodiesById(List.of(priority.workstreamId())).get(priority.workstreamId()));
        var partnersById = governance.partnersById(priority.partnerIds());
        model.addAttribute("partners", priority.partnerIds().stream().map(partnersById::get)
                .filter(Objects::nonNull).toList());
        model.addAttribute("groups", groups);
        model.addAttribute("otherActions", priorityActions.stream().filter(a -> a.statementId() == null).toList());
        model.addAttribute("otherMeasures", priorityMeasures.stream().filter(m -> m.statementId() == null).toList());
        return "strategy/priority";
    }

    record SectionView(String heading, List<Narrative.Block> blocks) {
    }

    record StatementGroup(String kind, String text, List<ActionSummary> actions, List<MeasureSummary> measures) {
    }
}
