package com.cptracker.admin.web;

import com.cptracker.common.web.Option;
import com.cptracker.governance.GovernanceRecords.Partner;
import com.cptracker.governance.GovernanceService;
import com.cptracker.recommendations.RecommendationService;
import com.cptracker.strategy.StrategyRecords.PriorityDetail;
import com.cptracker.strategy.StrategyRecords.PriorityHeading;
import com.cptracker.strategy.StrategyRecords.Statement;
import com.cptracker.strategy.StrategyService;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The lists an action or measure form offers: the strategy's priorities and statements, partners, officers and the
 * recommendations an action may answer.
 */
@Component
class Choices {

    private final StrategyService strategies;
    private final GovernanceService governance;
    private final UserAdminService users;
    private final RecommendationService recommendations;

    Choices(
            StrategyService strategies,
            GovernanceService governance,
            UserAdminService users,
            RecommendationService recommendations) {
        this.strategies = strategies;
        this.governance = governance;
        this.users = users;
        this.recommendations = recommendations;
    }

    /** The strategy's priorities with their statements, in order. */
    private List<PriorityDetail> priorities(long strategyId) {
        return strategies.prioritiesWithStatements(strategyId);
    }

    /** The name of each of the strategy's priorities and themes by id ("Pledge 1"), for a list of actions or measures. */
    Map<Long, String> priorityNames(long strategyId) {
        return strategies.prioritiesOf(strategyId).stream()
                .collect(Collectors.toMap(PriorityHeading::id, PriorityHeading::shortName));
    }

    /**
     * Puts the priority and the statement an action or measure is saved under in the model, as "priority" and
     * "statement" (null when it has none).
     */
    void placeOf(long strategyId, Long priorityId, Long statementId, Model model) {
        PriorityDetail priority = priorities(strategyId).stream()
                .filter(p -> Objects.equals(p.id(), priorityId))
                .findFirst()
                .orElse(null);
        model.addAttribute("priority", priority);
        model.addAttribute(
                "statement",
                priority == null
                        ? null
                        : priority.statements().stream()
                                .filter(s -> Objects.equals(s.id(), statementId))
                                .findFirst()
                                .orElse(null));
    }

    /** Puts the priorities and the statements to choose from in the model, as "priorities" and "statements". */
    void placeChoices(long strategyId, Model model) {
        List<PriorityDetail> priorities = priorities(strategyId);
        model.addAttribute("priorities", priorityOptions(priorities));
        model.addAttribute("statements", statementOptions(priorities));
    }

    /** Each priority to choose from, as "Pledge 1: its title". */
    private static List<Option> priorityOptions(List<PriorityDetail> priorities) {
        return Option.of(priorities, PriorityDetail::id, p -> p.name() + ": " + Option.abbreviate(p.title(), 80));
    }

    /**
     * The statements to choose from, each named with its priority ("Pledge 1: We will ..."). Not in option groups:
     * a {@code <select>} outside the {@code select} fragment of fragments/forms would be picked up by every call of
     * that fragment, whose name is also the element's.
     */
    private static List<Option> statementOptions(List<PriorityDetail> priorities) {
        return priorities.stream()
                .flatMap(p ->
                        Option.of(p.statements(), Statement::id, s -> p.name() + ": " + Option.abbreviate(s.text(), 90))
                                .stream())
                .toList();
    }

    /**
     * The recommendations an action may answer: every one of the strategy's sources not archived, numbered as written,
     * each with its source as its hint.
     */
    List<Option> recommendations(long strategyId) {
        return recommendations.sourcesOf(strategyId).stream()
                .flatMap(s -> s.recommendations().stream()
                        .map(r -> new Option(
                                String.valueOf(r.id()), r.ref() + ". " + Option.abbreviate(r.text(), 150), s.title())))
                .toList();
    }

    List<Option> partners(long strategyId) {
        return Option.of(governance.partnersOf(strategyId), Partner::id, Partner::name);
    }

    /**
     * The accounts a measure's owner or an action's lead may be: enabled officers, and those already saved in the job
     * ({@code saved}, never what a form posted) even if no longer one, so that an edit never loses them. The services
     * check against the same list.
     */
    List<Option> officers(Collection<Long> saved) {
        return Option.of(users.officers(saved), UserSummary::id, UserSummary::nameAndTitle);
    }
}
