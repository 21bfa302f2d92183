package com.cptracker.risks;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering;
import com.cptracker.risks.domain.RiskLevel;
import com.cptracker.risks.domain.RiskLevelRepository;
import com.cptracker.scale.ScaleAdmin;
import com.cptracker.scale.ScaleStep;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets a strategy's scale for rating its issues and risks: steps in the council's words and order,
 * each with a colour or none, archived rather than deleted (an item rated with an archived step keeps its words).
 * Audited.
 */
@Service
@Transactional(readOnly = true)
public class RiskScaleAdminService implements ScaleAdmin {

    private static final String LEVEL = "risk rating";

    private final RiskLevelRepository levels;
    private final AuditService audit;

    RiskScaleAdminService(RiskLevelRepository levels, AuditService audit) {
        this.levels = levels;
        this.audit = audit;
    }

    /** Every step in order, archived ones included. */
    public List<ScaleStep.Kept> levels(long strategyId) {
        return levels.findByStrategyIdOrderByPosition(strategyId).stream()
                .map(RiskLevel::kept)
                .toList();
    }

    @Override
    public ScaleStep.Kept step(long strategyId, long id) {
        return find(strategyId, id).kept();
    }

    @Override
    @Transactional
    public long createStep(long strategyId, ScaleStep step) {
        List<RiskLevel> all = levels.findByStrategyIdOrderByPosition(strategyId);
        checkWords(all, step.words(), null);
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        RiskLevel l = levels.save(new RiskLevel(strategyId, position, step));
        audit.record(LEVEL, l.getId(), l.label(), "CREATE", describe(null, step), null);
        return l.getId();
    }

    @Override
    @Transactional
    public void updateStep(long strategyId, long id, ScaleStep step, long expectedVersion) {
        RiskLevel l = find(strategyId, id);
        ConcurrentChangeException.check(l.getVersion(), expectedVersion);
        checkWords(levels.findByStrategyIdOrderByPosition(strategyId), step.words(), l.getId());
        Changes changes = describe(l.step(), step);
        l.update(step);
        audit.recordUpdate(LEVEL, l.getId(), l.label(), changes);
    }

    @Override
    @Transactional
    public void moveStep(long strategyId, long id, Direction direction, long expectedVersion) {
        RiskLevel l = find(strategyId, id);
        ConcurrentChangeException.check(l.getVersion(), expectedVersion);
        Reordering.swap(
                        levels.findByStrategyIdOrderByPosition(strategyId),
                        l,
                        direction,
                        RiskLevel::getPosition,
                        RiskLevel::moveTo,
                        levels::flush)
                .ifPresent(swap -> audit.recordSwap(LEVEL, "position", swap, RiskLevel::getId, RiskLevel::label));
    }

    @Override
    @Transactional
    public void setStepArchived(long strategyId, long id, boolean archived, String reason, long expectedVersion) {
        RiskLevel l = find(strategyId, id);
        ConcurrentChangeException.check(l.getVersion(), expectedVersion);
        ArchiveCheck.archive("rating", l.isArchived(), archived, reason);
        l.setArchived(archived);
        audit.recordArchive(LEVEL, l.getId(), l.label(), archived, reason);
    }

    private static void checkWords(List<RiskLevel> all, String words, Long self) {
        List<String> others = all.stream()
                .filter(l -> !l.getId().equals(self))
                .map(RiskLevel::label)
                .toList();
        if (ScaleStep.wordsTaken(others, words)) {
            throw new RejectedInput("words", ScaleStep.WORDS_TAKEN);
        }
    }

    static Changes describe(ScaleStep before, ScaleStep after) {
        return Changes.between(before, after)
                .field("words", ScaleStep::words)
                .field("description", ScaleStep::description)
                .field("colour", ScaleStep::colourLabel)
                .changes();
    }

    private RiskLevel find(long strategyId, long id) {
        return levels.findById(id)
                .filter(l -> l.getStrategyId() == strategyId)
                .orElseThrow(() -> new NotFoundException("Rating", id));
    }
}
