package com.cptracker.voice;

import com.cptracker.audit.AuditService;
import com.cptracker.audit.Changes;
import com.cptracker.common.ArchiveCheck;
import com.cptracker.common.ConcurrentChangeException;
import com.cptracker.common.NotFoundException;
import com.cptracker.common.RejectedInput;
import com.cptracker.users.CurrentUser;
import com.cptracker.voice.VoiceRecords.Entry;
import com.cptracker.voice.VoiceRecords.EntryFields;
import com.cptracker.voice.domain.VoiceEntry;
import com.cptracker.voice.domain.VoiceEntryRepository;
import com.cptracker.voice.domain.VoiceEntryState;
import com.cptracker.voice.domain.VoiceEntryStateRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator records what children said and what the council did: each change a new dated state beside the
 * earlier ones (never an overwrite), guarded by the entry's version and audited. Archived rather than deleted.
 */
@Service
@Transactional(readOnly = true)
public class VoiceAdminService {

    static final String ITEM = "you said, we did";

    private final VoiceEntryRepository entries;
    private final VoiceEntryStateRepository states;
    private final AuditService audit;
    private final Clock clock;

    VoiceAdminService(VoiceEntryRepository entries, VoiceEntryStateRepository states, AuditService audit, Clock clock) {
        this.entries = entries;
        this.states = states;
        this.audit = audit;
        this.clock = clock;
    }

    /** An entry of the strategy as it stands now; one of another strategy is not found. */
    public Entry entry(long strategyId, long id) {
        VoiceEntry e = find(strategyId, id);
        return VoiceService.entry(e, states.findFirstByEntryIdOrderByRecordedAtDescIdDesc(id));
    }

    @Transactional
    public long create(long strategyId, EntryFields f) {
        check(f);
        int number = entries.findByStrategyIdOrderByNumber(strategyId).stream()
                        .mapToInt(VoiceEntry::getNumber)
                        .max()
                        .orElse(0)
                + 1;
        Instant now = clock.instant();
        VoiceEntry e = entries.save(new VoiceEntry(strategyId, number, now));
        states.save(new VoiceEntryState(e.getId(), f, false, now, who()));
        audit.record(ITEM, e.getId(), label(number, f), "CREATE", describe(null, f), null);
        return e.getId();
    }

    @Transactional
    public void update(long strategyId, long id, EntryFields f, long expectedVersion) {
        VoiceEntry e = find(strategyId, id);
        ConcurrentChangeException.check(e.getVersion(), expectedVersion);
        check(f);
        VoiceEntryState now = states.findFirstByEntryIdOrderByRecordedAtDescIdDesc(id);
        Changes changes = describe(now.fields(), f);
        if (changes.isEmpty()) {
            return;
        }
        record(e, f, now.isArchived());
        audit.recordUpdate(ITEM, e.getId(), label(e.getNumber(), f), changes);
    }

    @Transactional
    public void setArchived(long strategyId, long id, boolean archived, String reason, long expectedVersion) {
        VoiceEntry e = find(strategyId, id);
        ConcurrentChangeException.check(e.getVersion(), expectedVersion);
        VoiceEntryState now = states.findFirstByEntryIdOrderByRecordedAtDescIdDesc(id);
        ArchiveCheck.archive("entry", now.isArchived(), archived, reason);
        record(e, now.fields(), archived);
        audit.recordArchive(ITEM, e.getId(), label(e.getNumber(), now.fields()), archived, reason.strip());
    }

    private void record(VoiceEntry e, EntryFields f, boolean archived) {
        Instant at = clock.instant();
        states.save(new VoiceEntryState(e.getId(), f, archived, at, who()));
        e.changed(at);
        entries.flush();
    }

    /**
     * Without their consent their words are never shown, so a summary to show instead is needed; what they said
     * cannot be dated after today.
     */
    private void check(EntryFields f) {
        if (!f.consent() && (f.summary() == null || f.summary().isBlank())) {
            throw new RejectedInput(
                    "summary",
                    "Enter a summary to show instead of their words, as they did not agree to them being shown");
        }
        if (f.heardOn().isAfter(LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))))) {
            throw new RejectedInput("heardOn", "The date they said it must be today or in the past");
        }
    }

    private static Changes describe(EntryFields before, EntryFields after) {
        return Changes.between(before, after)
                .field("kind of source", EntryFields::sourceKind)
                .field("source", EntryFields::sourceName)
                .field("date", EntryFields::heardOn)
                .field("their words", EntryFields::words)
                .field("consent to show their words", f -> f.consent() ? "yes" : "no")
                .field("summary", EntryFields::summary)
                .field("status", f -> f.status().label())
                .field("what we did", EntryFields::whatWeDid)
                .field("promises", f -> ids(f.promiseIds()))
                .field("actions", f -> ids(f.actionIds()))
                .field("measures", f -> ids(f.measureIds()))
                .changes();
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String label(int number, EntryFields f) {
        return "Y" + number + " " + f.sourceName();
    }

    private static String who() {
        return CurrentUser.get().map(CurrentUser::displayName).orElse("system");
    }

    private VoiceEntry find(long strategyId, long id) {
        return entries.findById(id)
                .filter(e -> Objects.equals(e.getStrategyId(), strategyId))
                .orElseThrow(() -> new NotFoundException("Entry", id));
    }
}
