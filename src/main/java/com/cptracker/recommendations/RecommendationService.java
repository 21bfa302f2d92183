package com.cptracker.recommendations;

import com.cptracker.audit.Changes;
import com.cptracker.common.RejectedInput;
import com.cptracker.recommendations.Recommendations.RecommendationView;
import com.cptracker.recommendations.Recommendations.SourceView;
import com.cptracker.recommendations.domain.Recommendation;
import com.cptracker.recommendations.domain.RecommendationRepository;
import com.cptracker.recommendations.domain.RecommendationSource;
import com.cptracker.recommendations.domain.RecommendationSourceRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A strategy's sources of recommendations as the board reads them, and which recommendations an action answers. */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

    private final RecommendationSourceRepository sources;
    private final RecommendationRepository recommendations;

    RecommendationService(RecommendationSourceRepository sources, RecommendationRepository recommendations) {
        this.sources = sources;
        this.recommendations = recommendations;
    }

    /** The strategy's sources and their recommendations, archived ones left out, in two queries whatever their size. */
    public List<SourceView> sourcesOf(long strategyId) {
        List<RecommendationSource> all = sources.findByStrategyIdAndArchivedFalseOrderByPosition(strategyId);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Recommendation>> bySource = recommendations
                .findBySourceIdInOrderBySourceIdAscPositionAsc(
                        all.stream().map(RecommendationSource::getId).toList())
                .stream()
                .filter(r -> !r.isArchived())
                .collect(Collectors.groupingBy(Recommendation::getSourceId));
        return all.stream()
                .map(s -> new SourceView(
                        s.getId(),
                        s.fields().title(),
                        s.fields().kind(),
                        s.fields().issuedOn(),
                        s.fields().madeBy(),
                        s.fields().link(),
                        bySource.getOrDefault(s.getId(), List.of()).stream()
                                .map(r -> new RecommendationView(
                                        r.getId(),
                                        r.getRef(),
                                        r.getText(),
                                        List.copyOf(new TreeSet<>(r.getActionIds()))))
                                .toList()))
                .toList();
    }

    /** The recommendations the action answers, archived ones included (an edit keeps them). */
    public Set<Long> answeredBy(long strategyId, long actionId) {
        return recommendations.findOfStrategy(strategyId).stream()
                .filter(r -> r.getActionIds().contains(actionId))
                .map(Recommendation::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Records that the action (already checked to be the strategy's) answers exactly these of the recommendations its
     * form offers ({@link #sourcesOf}), in the caller's transaction, and adds what changed to the action's audit
     * entry. An archived recommendation, or one of an archived source, is not offered: the actions that answered it
     * keep it. A recommendation of another strategy, or an archived one newly chosen, is refused.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void answer(long strategyId, long actionId, Collection<Long> recommendationIds, Changes changes) {
        Map<Long, RecommendationSource> bySource = sources.findByStrategyIdOrderByPosition(strategyId).stream()
                .collect(Collectors.toMap(RecommendationSource::getId, Function.identity()));
        List<Recommendation> all = recommendations.findOfStrategy(strategyId);
        Set<Long> wanted = Set.copyOf(recommendationIds);
        Predicate<Recommendation> offered =
                r -> !r.isArchived() && !bySource.get(r.getSourceId()).isArchived();
        Set<Long> allowed = all.stream()
                .filter(r -> offered.test(r) || r.getActionIds().contains(actionId))
                .map(Recommendation::getId)
                .collect(Collectors.toSet());
        if (!allowed.containsAll(wanted)) {
            throw new RejectedInput("recommendationIds", "Choose recommendations of this strategy");
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Recommendation r : all) {
            String name = bySource.get(r.getSourceId()).getTitle() + ": " + r.getRef();
            if (r.getActionIds().contains(actionId)) {
                before.add(name);
            }
            if (offered.test(r)) {
                r.answeredBy(actionId, wanted.contains(r.getId()));
            }
            if (r.getActionIds().contains(actionId)) {
                after.add(name);
            }
        }
        changes.field("answers", joined(before), joined(after));
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join("; ", names);
    }
}
