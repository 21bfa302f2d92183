package com.cptracker.assessment;

import com.cptracker.assessment.AssessmentEdits.CriterionEdit;
import com.cptracker.assessment.AssessmentEdits.CriterionFields;
import com.cptracker.assessment.AssessmentEdits.FrameworkEdit;
import com.cptracker.assessment.AssessmentEdits.FrameworkFields;
import com.cptracker.assessment.domain.AssessmentFramework;
import com.cptracker.assessment.domain.CriterionRepository;
import com.cptracker.assessment.domain.FrameworkCriterion;
import com.cptracker.assessment.domain.FrameworkItem;
import com.cptracker.assessment.domain.FrameworkRepository;
import com.cptracker.assessment.domain.LevelRepository;
import com.cptracker.assessment.domain.ScaleLevel;
import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.Direction;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.common.Reordering;
import com.cptracker.scale.ScaleAdmin;
import com.cptracker.scale.ScaleStep;
import com.cptracker.users.UserAdminService;
import com.cptracker.users.UserSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator sets up a strategy's self-assessment framework: its name and source, its criteria with their leads,
 * and the council's rating scale, each in order, archived rather than deleted. Audited.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkAdminService implements ScaleAdmin {

    private static final String FRAMEWORK = "assessment framework";
    private static final String CRITERION = "assessment criterion";
    private static final String LEVEL = "rating scale step";

    private final FrameworkRepository frameworks;
    private final CriterionRepository criteria;
    private final LevelRepository levels;
    private final UserAdminService users;
    private final AuditService audit;

    FrameworkAdminService(
            FrameworkRepository frameworks,
            CriterionRepository criteria,
            LevelRepository levels,
            UserAdminService users,
            AuditService audit) {
        this.frameworks = frameworks;
        this.criteria = criteria;
        this.levels = levels;
        this.users = users;
        this.audit = audit;
    }

    /** The strategy's framework, if it has one. */
    public Optional<FrameworkEdit> framework(long strategyId) {
        return frameworks
                .findByStrategyId(strategyId)
                .map(f -> new FrameworkEdit(f.getId(), f.fields(), f.getVersion()));
    }

    /** Sets up the strategy's framework ({@code expectedVersion} null) or changes its name, source and description. */
    @Transactional
    public void saveFramework(long strategyId, FrameworkFields f, Long expectedVersion) {
        Optional<AssessmentFramework> existing = frameworks.findByStrategyId(strategyId);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new ConcurrentChangeException();
            }
            AssessmentFramework saved = frameworks.save(new AssessmentFramework(strategyId, f));
            audit.record(FRAMEWORK, saved.getId(), f.name(), "CREATE", describe(null, f), null);
            return;
        }
        AssessmentFramework fw = existing.get();
        ConcurrentChangeException.check(fw.getVersion(), expectedVersion == null ? -1 : expectedVersion);
        Changes changes = describe(fw.fields(), f);
        fw.update(f);
        audit.recordUpdate(FRAMEWORK, fw.getId(), f.name(), changes);
    }

    private static Changes describe(FrameworkFields before, FrameworkFields after) {
        return Changes.between(before, after)
                .field("name", FrameworkFields::name)
                .field("source", FrameworkFields::source)
                .field("description", FrameworkFields::description)
                .changes();
    }

    /** Every criterion in order, archived ones included, for the administrator. */
    public List<CriterionEdit> criteria(long strategyId) {
        return frameworkOf(strategyId)
                .map(fw -> criteria.findByFrameworkIdOrderByPosition(fw.getId()).stream()
                        .map(FrameworkAdminService::edit)
                        .toList())
                .orElse(List.of());
    }

    public CriterionEdit criterion(long strategyId, long id) {
        return edit(findCriterion(strategyId, id));
    }

    @Transactional
    public long createCriterion(long strategyId, CriterionFields f) {
        AssessmentFramework fw = frameworkOf(strategyId)
                .orElseThrow(() -> new RejectedInput("title", "Set up the framework before adding its criteria"));
        checkLead(f.leadUserId(), null);
        List<FrameworkCriterion> all = criteria.findByFrameworkIdOrderByPosition(fw.getId());
        FrameworkCriterion c = criteria.save(new FrameworkCriterion(fw.getId(), nextPosition(all), f));
        audit.record(CRITERION, c.getId(), c.label(), "CREATE", describe(null, f), null);
        return c.getId();
    }

    @Transactional
    public void updateCriterion(long strategyId, long id, CriterionFields f, long expectedVersion) {
        FrameworkCriterion c = findCriterion(strategyId, id);
        ConcurrentChangeException.check(c.getVersion(), expectedVersion);
        checkLead(f.leadUserId(), c.getLeadUserId());
        Changes changes = describe(c.fields(), f);
        c.update(f);
        audit.recordUpdate(CRITERION, c.getId(), c.label(), changes);
    }

    private Changes describe(CriterionFields before, CriterionFields after) {
        return Changes.between(before, after)
                .field("ref", CriterionFields::ref)
                .field("title", CriterionFields::title)
                .field("description", CriterionFields::description)
                .field("lead", CriterionFields::leadTitle)
                .field("rated by", c -> c.leadUserId() == null ? null : userName(c.leadUserId()))
                .changes();
    }

    @Transactional
    public void moveCriterion(long strategyId, long id, Direction direction, long expectedVersion) {
        FrameworkCriterion c = findCriterion(strategyId, id);
        move(
                CRITERION,
                criteria.findByFrameworkIdOrderByPosition(c.getFrameworkId()),
                c,
                direction,
                expectedVersion,
                criteria::flush);
    }

    @Transactional
    public void setCriterionArchived(long strategyId, long id, boolean archived, String reason, long expectedVersion) {
        setArchived(CRITERION, "criterion", findCriterion(strategyId, id), archived, reason, expectedVersion);
    }

    /** Every step of the scale in order, archived ones included, for the administrator. */
    public List<ScaleStep.Kept> levels(long strategyId) {
        return frameworkOf(strategyId)
                .map(fw -> levels.findByFrameworkIdOrderByPosition(fw.getId()).stream()
                        .map(FrameworkAdminService::edit)
                        .toList())
                .orElse(List.of());
    }

    @Override
    public ScaleStep.Kept step(long strategyId, long id) {
        return edit(findLevel(strategyId, id));
    }

    @Override
    @Transactional
    public long createStep(long strategyId, ScaleStep f) {
        AssessmentFramework fw = frameworkOf(strategyId)
                .orElseThrow(() -> new RejectedInput("words", "Set up the framework before its rating scale"));
        List<ScaleLevel> all = levels.findByFrameworkIdOrderByPosition(fw.getId());
        checkWords(all, f.words(), null);
        ScaleLevel l = levels.save(new ScaleLevel(fw.getId(), nextPosition(all), f));
        audit.record(LEVEL, l.getId(), l.label(), "CREATE", describe(null, f), null);
        return l.getId();
    }

    @Override
    @Transactional
    public void updateStep(long strategyId, long id, ScaleStep f, long expectedVersion) {
        ScaleLevel l = findLevel(strategyId, id);
        ConcurrentChangeException.check(l.getVersion(), expectedVersion);
        checkWords(levels.findByFrameworkIdOrderByPosition(l.getFrameworkId()), f.words(), l.getId());
        Changes changes = describe(l.fields(), f);
        l.update(f);
        audit.recordUpdate(LEVEL, l.getId(), l.label(), changes);
    }

    private static Changes describe(ScaleStep before, ScaleStep after) {
        return Changes.between(before, after)
                .field("words", ScaleStep::words)
                .field("description", ScaleStep::description)
                .field("colour", l -> l.colour() == null ? "none" : l.colour().label())
                .changes();
    }

    @Override
    @Transactional
    public void moveStep(long strategyId, long id, Direction direction, long expectedVersion) {
        ScaleLevel l = findLevel(strategyId, id);
        move(
                LEVEL,
                levels.findByFrameworkIdOrderByPosition(l.getFrameworkId()),
                l,
                direction,
                expectedVersion,
                levels::flush);
    }

    @Override
    @Transactional
    public void setStepArchived(long strategyId, long id, boolean archived, String reason, long expectedVersion) {
        setArchived(LEVEL, "rating", findLevel(strategyId, id), archived, reason, expectedVersion);
    }

    private void setArchived(
            String itemType, String noun, FrameworkItem item, boolean archived, String reason, long expectedVersion) {
        ConcurrentChangeException.check(item.getVersion(), expectedVersion);
        ArchiveCheck.archive(noun, item.isArchived(), archived, reason);
        item.setArchived(archived);
        audit.recordArchive(itemType, item.getId(), item.label(), archived, reason);
    }

    private <T extends FrameworkItem> void move(
            String itemType, List<T> all, T item, Direction direction, long expectedVersion, Runnable flush) {
        ConcurrentChangeException.check(item.getVersion(), expectedVersion);
        Reordering.swap(all, item, direction, FrameworkItem::getPosition, FrameworkItem::moveTo, flush)
                .ifPresent(swap ->
                        audit.recordSwap(itemType, "position", swap, FrameworkItem::getId, FrameworkItem::label));
    }

    /** The person who rates a criterion is an enabled officer, or the one already saved. */
    private void checkLead(Long leadUserId, Long saved) {
        if (leadUserId != null
                && users.officers(saved == null ? List.of() : List.of(saved)).stream()
                        .noneMatch(u -> u.id() == leadUserId)) {
            throw new RejectedInput("leadUserId", "Choose an officer from the list");
        }
    }

    /** The words of each step are used once in a scale, whatever their case. */
    private static void checkWords(List<ScaleLevel> all, String words, Long self) {
        if (ScaleStep.wordsTaken(
                all.stream()
                        .filter(l -> !l.getId().equals(self))
                        .map(ScaleLevel::label)
                        .toList(),
                words)) {
            throw new RejectedInput("words", ScaleStep.WORDS_TAKEN);
        }
    }

    private String userName(long id) {
        UserSummary u = users.byIds(List.of(id)).get(id);
        return u == null ? "#" + id : u.displayName();
    }

    private static int nextPosition(List<? extends FrameworkItem> all) {
        return all.isEmpty() ? 1 : all.getLast().getPosition() + 1;
    }

    private static CriterionEdit edit(FrameworkCriterion c) {
        return new CriterionEdit(c.getId(), c.fields(), c.isArchived(), c.getVersion());
    }

    private static ScaleStep.Kept edit(ScaleLevel l) {
        return new ScaleStep.Kept(l.getId(), l.fields(), l.isArchived(), l.getVersion());
    }

    private Optional<AssessmentFramework> frameworkOf(long strategyId) {
        return frameworks.findByStrategyId(strategyId);
    }

    private FrameworkCriterion findCriterion(long strategyId, long id) {
        return criteria.findById(id)
                .filter(c -> frameworkOf(strategyId)
                        .map(fw -> Objects.equals(fw.getId(), c.getFrameworkId()))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("Criterion", id));
    }

    private ScaleLevel findLevel(long strategyId, long id) {
        return levels.findById(id)
                .filter(l -> frameworkOf(strategyId)
                        .map(fw -> Objects.equals(fw.getId(), l.getFrameworkId()))
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("Rating", id));
    }
}
