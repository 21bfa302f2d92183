package com.cptracker.voice;

import com.cptracker.voice.VoiceRecords.Entry;
import com.cptracker.voice.VoiceRecords.EntryHistory;
import com.cptracker.voice.domain.VoiceEntry;
import com.cptracker.voice.domain.VoiceEntryRepository;
import com.cptracker.voice.domain.VoiceEntryState;
import com.cptracker.voice.domain.VoiceEntryStateRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what children said and what was done: as it stands now (the children's page, the administrator's list) or as
 * it stood at a time (a published quarter's pack). Two statements whatever the number of entries and changes.
 */
@Service
@Transactional(readOnly = true)
public class VoiceService {

    private final VoiceEntryRepository entries;
    private final VoiceEntryStateRepository states;

    VoiceService(VoiceEntryRepository entries, VoiceEntryStateRepository states) {
        this.entries = entries;
        this.states = states;
    }

    /** What the children's page and leaflet show: every entry not archived, as it stands now, in number order. */
    public List<Entry> shown(long strategyId) {
        return histories(strategyId, states.statesOf(strategyId)).stream()
                .map(EntryHistory::entry)
                .filter(e -> !e.archived())
                .toList();
    }

    /** Every entry, archived ones included, as it stands now with its earlier states. */
    public List<EntryHistory> histories(long strategyId) {
        return histories(strategyId, states.statesOf(strategyId));
    }

    /**
     * The entries a quarter's pack lists: those with a state recorded after {@code from} (null: from the start) and by
     * {@code to}, each as it stood at {@code to}; one archived by then is left out.
     */
    public List<Entry> updatedIn(long strategyId, Instant from, Instant to) {
        return histories(strategyId, states.statesBy(strategyId, to)).stream()
                .filter(h -> h.states().stream()
                        .anyMatch(s -> from == null || s.recordedAt().isAfter(from)))
                .map(EntryHistory::entry)
                .filter(e -> !e.archived())
                .toList();
    }

    private List<EntryHistory> histories(long strategyId, List<VoiceEntryState> all) {
        Map<Long, VoiceEntry> byId = entries.findByStrategyIdOrderByNumber(strategyId).stream()
                .collect(Collectors.toMap(VoiceEntry::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<Entry>> byEntry = new LinkedHashMap<>();
        for (VoiceEntryState s : all) {
            byEntry.computeIfAbsent(s.getEntryId(), id -> new ArrayList<>()).add(entry(byId.get(s.getEntryId()), s));
        }
        return byId.values().stream()
                .filter(e -> byEntry.containsKey(e.getId()))
                .map(e -> {
                    List<Entry> list = byEntry.get(e.getId());
                    return new EntryHistory(list.getLast(), List.copyOf(list));
                })
                .toList();
    }

    static Entry entry(VoiceEntry e, VoiceEntryState s) {
        return new Entry(
                e.getId(),
                e.getStrategyId(),
                e.getNumber(),
                s.fields(),
                s.isArchived(),
                s.getRecordedAt(),
                s.getRecordedByName(),
                e.getVersion());
    }
}
