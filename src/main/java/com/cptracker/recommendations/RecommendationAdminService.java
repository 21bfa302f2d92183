package com.cptracker.recommendations;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.Reordering;
import com.cptracker.recommendations.Recommendations.RecommendationEdit;
import com.cptracker.recommendations.Recommendations.SourceEdit;
import com.cptracker.recommendations.Recommendations.SourceFields;
import com.cptracker.recommendations.Recommendations.SourceRow;
import com.cptracker.recommendations.domain.Recommendation;
import com.cptracker.recommendations.domain.RecommendationRepository;
import com.cptracker.recommendations.domain.RecommendationSource;
import com.cptracker.recommendations.domain.RecommendationSourceRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator records the reports whose recommendations the strategy answers (a scrutiny review, an inspection,
 * an audit) and their recommendations, numbered as written, in order. Nothing is deleted; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationAdminService {

    private final RecommendationSourceRepository sources;
    private final RecommendationRepository recommendations;
    private final AuditService audit;

    RecommendationAdminService(
            RecommendationSourceRepository sources, RecommendationRepository recommendations, AuditService audit) {
        this.sources = sources;
        this.recommendations = recommendations;
        this.audit = audit;
    }

    /** Every source of the strategy in order, archived ones included, with how many recommendations each has. */
    public List<SourceRow> rows(long strategyId) {
        Map<Long, Long> counts = recommendations.findOfStrategy(strategyId).stream()
                .collect(Collectors.groupingBy(Recommendation::getSourceId, Collectors.counting()));
        return sources.findByStrategyIdOrderByPosition(strategyId).stream()
                .map(s -> new SourceRow(
                        s.getId(),
                        s.fields(),
                        counts.getOrDefault(s.getId(), 0L).intValue(),
                        s.isArchived(),
                        s.getVersion()))
                .toList();
    }

    public SourceEdit source(long strategyId, long sourceId) {
        return edit(find(strategyId, sourceId));
    }

    public List<RecommendationEdit> recommendations(long strategyId, long sourceId) {
        return recommendations
                .findBySourceIdOrderByPosition(find(strategyId, sourceId).getId())
                .stream()
                .map(RecommendationAdminService::edit)
                .toList();
    }

    public RecommendationEdit recommendation(long strategyId, long sourceId, long recommendationId) {
        return edit(findRecommendation(find(strategyId, sourceId), recommendationId));
    }

    @Transactional
    public long createSource(long strategyId, SourceFields f) {
        List<RecommendationSource> all = sources.findByStrategyIdOrderByPosition(strategyId);
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        RecommendationSource s = sources.save(new RecommendationSource(strategyId, position, f));
        audit.record("recommendation source", s.getId(), f.title(), "CREATE", describe(null, f), null);
        return s.getId();
    }

    @Transactional
    public void updateSource(long strategyId, long sourceId, SourceFields f, long expectedVersion) {
        RecommendationSource s = find(strategyId, sourceId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        Changes changes = describe(s.fields(), f);
        s.update(f);
        audit.recordUpdate("recommendation source", s.getId(), f.title(), changes);
    }

    private static Changes describe(SourceFields before, SourceFields after) {
        return Changes.between(before, after)
                .field("title", SourceFields::title)
                .field("kind", SourceFields::kind)
                .field("issued on", SourceFields::issuedOn)
                .field("made by", SourceFields::madeBy)
                .field("link", SourceFields::link)
                .changes();
    }

    /** Moves a source one place up or down the strategy's list; refused if the page showed another version of it. */
    @Transactional
    public void moveSource(long strategyId, long sourceId, Direction direction, long expectedVersion) {
        RecommendationSource s = find(strategyId, sourceId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        Reordering.swap(
                        sources.findByStrategyIdOrderByPosition(strategyId),
                        s,
                        direction,
                        RecommendationSource::getPosition,
                        RecommendationSource::moveTo,
                        sources::flush)
                .ifPresent(swap -> audit.recordSwap(
                        "recommendation source",
                        "position",
                        swap,
                        RecommendationSource::getId,
                        RecommendationSource::getTitle));
    }

    /**
     * Archives a source (it leaves the board's pages with its recommendations; quarters already published keep it) or
     * brings it back, with a reason.
     */
    @Transactional
    public void setSourceArchived(
            long strategyId, long sourceId, boolean archived, String reason, long expectedVersion) {
        RecommendationSource s = find(strategyId, sourceId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        ArchiveCheck.archive("source", s.isArchived(), archived, reason);
        s.setArchived(archived);
        audit.recordArchive("recommendation source", s.getId(), s.getTitle(), archived, reason);
    }

    @Transactional
    public long addRecommendation(long strategyId, long sourceId, String ref, String text) {
        RecommendationSource s = find(strategyId, sourceId);
        List<Recommendation> all = recommendations.findBySourceIdOrderByPosition(s.getId());
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        Recommendation r = recommendations.save(new Recommendation(s.getId(), position, ref, text));
        audit.record(
                "recommendation",
                r.getId(),
                label(s, r),
                "CREATE",
                Changes.create().set("ref", ref).set("text", text).set("position", position),
                null);
        return r.getId();
    }

    @Transactional
    public void updateRecommendation(
            long strategyId, long sourceId, long recommendationId, String ref, String text, long expectedVersion) {
        RecommendationSource s = find(strategyId, sourceId);
        Recommendation r = findRecommendation(s, recommendationId, expectedVersion);
        Changes changes = Changes.create().field("ref", r.getRef(), ref).field("text", r.getText(), text);
        r.update(ref, text);
        audit.recordUpdate("recommendation", r.getId(), label(s, r), changes);
    }

    @Transactional
    public void moveRecommendation(
            long strategyId, long sourceId, long recommendationId, Direction direction, long expectedVersion) {
        RecommendationSource s = find(strategyId, sourceId);
        Recommendation r = findRecommendation(s, recommendationId, expectedVersion);
        Reordering.swap(
                        recommendations.findBySourceIdOrderByPosition(s.getId()),
                        r,
                        direction,
                        Recommendation::getPosition,
                        Recommendation::moveTo,
                        recommendations::flush)
                .ifPresent(swap ->
                        audit.recordSwap("recommendation", "position", swap, Recommendation::getId, x -> label(s, x)));
    }

    /** Archives a recommendation (the actions that answered it keep it in the audit trail) or brings it back. */
    @Transactional
    public void setRecommendationArchived(
            long strategyId,
            long sourceId,
            long recommendationId,
            boolean archived,
            String reason,
            long expectedVersion) {
        RecommendationSource s = find(strategyId, sourceId);
        Recommendation r = findRecommendation(s, recommendationId, expectedVersion);
        ArchiveCheck.archive("recommendation", r.isArchived(), archived, reason);
        r.setArchived(archived);
        audit.recordArchive("recommendation", r.getId(), label(s, r), archived, reason);
    }

    /** The strategy's source: a 404 for a source of another strategy or none. */
    private RecommendationSource find(long strategyId, long sourceId) {
        return sources.findById(sourceId)
                .filter(s -> Objects.equals(s.getStrategyId(), strategyId))
                .orElseThrow(() -> new NotFoundException("Source", sourceId));
    }

    private Recommendation findRecommendation(RecommendationSource s, long recommendationId, long expectedVersion) {
        Recommendation r = findRecommendation(s, recommendationId);
        ConcurrentChangeException.check(r.getVersion(), expectedVersion);
        return r;
    }

    private Recommendation findRecommendation(RecommendationSource s, long recommendationId) {
        return recommendations
                .findById(recommendationId)
                .filter(r -> Objects.equals(r.getSourceId(), s.getId()))
                .orElseThrow(() -> new NotFoundException("Recommendation", recommendationId));
    }

    private static String label(RecommendationSource s, Recommendation r) {
        return s.getTitle() + ": " + r.getRef();
    }

    private static SourceEdit edit(RecommendationSource s) {
        return new SourceEdit(s.getId(), s.getStrategyId(), s.fields(), s.isArchived(), s.getVersion());
    }

    private static RecommendationEdit edit(Recommendation r) {
        return new RecommendationEdit(
                r.getId(), r.getSourceId(), r.getRef(), r.getText(), r.getActionIds(), r.isArchived(), r.getVersion());
    }
}
