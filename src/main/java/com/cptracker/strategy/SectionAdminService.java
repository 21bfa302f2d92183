package com.cptracker.strategy;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.Reordering;
import com.cptracker.strategy.StrategyEdits.SectionEdit;
import com.cptracker.strategy.StrategyEdits.SectionFields;
import com.cptracker.strategy.domain.StrategyRepository;
import com.cptracker.strategy.domain.StrategySection;
import com.cptracker.strategy.domain.StrategySectionRepository;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator writes a strategy's narrative sections in the council's words (foreword, vision, "what children
 * told us"...): adds, changes, reorders and archives them. Nothing is deleted: an archived section leaves the board's
 * pages and stays here to be restored. Every change is audited in its own transaction; the import sets sections
 * through the same calls ({@link #set}).
 */
@Service
@Transactional(readOnly = true)
public class SectionAdminService {

    private final StrategyRepository strategies;
    private final StrategySectionRepository sections;
    private final AuditService audit;

    SectionAdminService(StrategyRepository strategies, StrategySectionRepository sections, AuditService audit) {
        this.strategies = strategies;
        this.sections = sections;
        this.audit = audit;
    }

    /** Every section of the strategy in its order, archived ones too. */
    public List<SectionEdit> sections(long strategyId) {
        return sections.findByStrategyIdOrderByPosition(checked(strategyId)).stream()
                .map(SectionAdminService::edit)
                .toList();
    }

    public SectionEdit section(long strategyId, long sectionId) {
        return edit(find(strategyId, sectionId));
    }

    /** Adds a section after the others; returns its id. */
    @Transactional
    public long add(long strategyId, SectionFields f) {
        long id = checked(strategyId);
        List<StrategySection> all = sections.findByStrategyIdOrderByPosition(id);
        int position = all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
        StrategySection s = sections.save(new StrategySection(id, position, f.heading(), f.body()));
        audit.record(
                "section", s.getId(), f.heading(), "CREATE", describe(null, f).set("position", position), null);
        return s.getId();
    }

    /** Changes a section's heading and text; refused if the page showed another version of it. */
    @Transactional
    public void update(long strategyId, long sectionId, SectionFields f, long expectedVersion) {
        StrategySection s = find(strategyId, sectionId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        Changes changes = describe(fields(s), f);
        s.rewrite(f.heading(), f.body());
        audit.recordUpdate("section", s.getId(), f.heading(), changes);
    }

    /**
     * Sets a section by its heading, as the strategy workbook's import does: a heading none of the sections shown has
     * is added after the others, one they have gets this text. Through {@link #add} and {@link #update}.
     */
    @Transactional
    public void set(long strategyId, String heading, String body) {
        StrategySection found = sections.findByStrategyIdAndArchivedFalseOrderByPosition(checked(strategyId)).stream()
                .filter(x -> x.getHeading().equals(heading))
                .findFirst()
                .orElse(null);
        SectionFields f = new SectionFields(heading, body);
        if (found == null) {
            add(strategyId, f);
        } else if (!found.getBody().equals(body)) {
            update(strategyId, found.getId(), f, found.getVersion());
        }
    }

    /**
     * Moves a section one place up or down the narrative, swapping places with its neighbour; at either end, nothing
     * moves. Refused if the page showed another version of it.
     */
    @Transactional
    public void move(long strategyId, long sectionId, Direction direction, long expectedVersion) {
        StrategySection s = find(strategyId, sectionId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        List<StrategySection> all = sections.findByStrategyIdOrderByPosition(s.getStrategyId());
        Reordering.swap(all, s, direction, StrategySection::getPosition, StrategySection::moveTo, sections::flush)
                .ifPresent(swap -> audit.recordSwap(
                        "section", "position", swap, StrategySection::getId, StrategySection::getHeading));
    }

    /** Archives a section (it leaves the board's pages; kept, and shown to administrators) or restores it. */
    @Transactional
    public void setArchived(long strategyId, long sectionId, boolean archived, String reason, long expectedVersion) {
        StrategySection s = find(strategyId, sectionId);
        ConcurrentChangeException.check(s.getVersion(), expectedVersion);
        ArchiveCheck.archive("section", s.isArchived(), archived, reason);
        s.setArchived(archived);
        audit.recordArchive("section", s.getId(), s.getHeading(), archived, reason);
    }

    private static Changes describe(SectionFields before, SectionFields after) {
        return Changes.between(before, after)
                .field("heading", SectionFields::heading)
                .field("text", SectionFields::body)
                .changes();
    }

    private long checked(long strategyId) {
        if (!strategies.existsById(strategyId)) {
            throw new NotFoundException("Strategy", strategyId);
        }
        return strategyId;
    }

    private StrategySection find(long strategyId, long sectionId) {
        return sections.findById(sectionId)
                .filter(s -> Objects.equals(s.getStrategyId(), checked(strategyId)))
                .orElseThrow(() -> new NotFoundException("Section", sectionId));
    }

    private static SectionFields fields(StrategySection s) {
        return new SectionFields(s.getHeading(), s.getBody());
    }

    private static SectionEdit edit(StrategySection s) {
        return new SectionEdit(s.getId(), s.getPosition(), fields(s), s.isArchived(), s.getVersion());
    }
}
