package com.cptracker.assessment;

import com.cptracker.assessment.AssessmentRecords.Criterion;
import com.cptracker.assessment.AssessmentRecords.Framework;
import com.cptracker.assessment.AssessmentRecords.Level;
import com.cptracker.assessment.AssessmentRecords.Rating;
import com.cptracker.assessment.domain.CriterionRating;
import com.cptracker.assessment.domain.CriterionRepository;
import com.cptracker.assessment.domain.FrameworkCriterion;
import com.cptracker.assessment.domain.FrameworkRepository;
import com.cptracker.assessment.domain.LevelRepository;
import com.cptracker.assessment.domain.RatingRepository;
import com.cptracker.assessment.domain.ScaleLevel;
import com.cptracker.common.AsAt;
import com.cptracker.common.ReportingPeriod;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a strategy's framework as the board sees it, and its ratings as at a quarter, each in a fixed few queries. */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final FrameworkRepository frameworks;
    private final CriterionRepository criteria;
    private final LevelRepository levels;
    private final RatingRepository ratings;
    private final UserAdminService users;

    AssessmentService(
            FrameworkRepository frameworks,
            CriterionRepository criteria,
            LevelRepository levels,
            RatingRepository ratings,
            UserAdminService users) {
        this.frameworks = frameworks;
        this.criteria = criteria;
        this.levels = levels;
        this.ratings = ratings;
        this.users = users;
    }

    /** The strategy's framework as it stands now (archived criteria left out), or empty when it has none. */
    public Optional<Framework> framework(long strategyId) {
        return frameworks.findByStrategyId(strategyId).map(fw -> {
            List<FrameworkCriterion> shown = criteria.findByFrameworkIdOrderByPosition(fw.getId()).stream()
                    .filter(c -> !c.isArchived())
                    .toList();
            Map<Long, UserSummary> leads = users.byIds(shown.stream()
                    .map(FrameworkCriterion::getLeadUserId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            var f = fw.fields();
            return new Framework(
                    fw.getId(),
                    f.name(),
                    f.source(),
                    f.description(),
                    shown.stream().map(c -> view(c, leads)).toList(),
                    levels.findByFrameworkIdOrderByPosition(fw.getId()).stream()
                            .map(AssessmentService::view)
                            .toList());
        });
    }

    /** Whether the strategy at this address has a self-assessment framework now (its pages then link to it). */
    public boolean hasFramework(String slug) {
        return frameworks.existsForSlug(slug);
    }

    /** A step of a scale as it reads now, archived or not. */
    public Optional<Level> level(long levelId) {
        return levels.findById(levelId).map(AssessmentService::view);
    }

    private static Level view(ScaleLevel l) {
        return new Level(
                l.getId(),
                l.fields().words(),
                l.fields().description(),
                l.fields().colour(),
                l.isArchived());
    }

    static Criterion view(FrameworkCriterion c, Map<Long, UserSummary> leads) {
        var f = c.fields();
        UserSummary lead = f.leadUserId() == null ? null : leads.get(f.leadUserId());
        return new Criterion(
                c.getId(),
                f.ref(),
                f.title(),
                f.description(),
                f.leadTitle(),
                f.leadUserId(),
                lead == null ? null : lead.displayName());
    }

    /**
     * The ratings of these criteria the quarter's pages show, by criterion, oldest quarter first: for each quarter up
     * to this one, its rating as the board saw it once the quarter was published, or as corrected since (marked as
     * revised), and what a corrected rating said before (superseded). One query, whatever the number of criteria and
     * quarters.
     */
    public Map<Long, List<Rating>> shown(Collection<Long> criterionIds, AsAt asAt) {
        if (criterionIds.isEmpty()) {
            return Map.of();
        }
        return ratings.findByCriterionIdInOrderByPeriodEndAscIdAsc(criterionIds).stream()
                .filter(r -> r.isSuperseded()
                        ? !r.getPeriodEnd().isAfter(asAt.quarter().end())
                                && (asAt.enteredBy() != null || !asAt.published())
                        : asAt.shows(r.getPeriodEnd(), r.getEnteredAt(), r.getRevisionReason() != null))
                .map(AssessmentService::view)
                .collect(Collectors.groupingBy(Rating::criterionId, LinkedHashMap::new, Collectors.toList()));
    }

    static Rating view(CriterionRating r) {
        return new Rating(
                r.getId(),
                r.getCriterionId(),
                ReportingPeriod.parse(r.getPeriodCode()),
                r.getLevelId(),
                r.getEvidence(),
                r.getActionIds(),
                r.getMeasureIds(),
                r.getEnteredByName(),
                r.getEnteredAt(),
                r.getRevisionReason(),
                r.isSuperseded(),
                r.getVersion());
    }
}
