package com.cptracker.voice.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoiceEntryRepository extends JpaRepository<VoiceEntry, Long> {

    List<VoiceEntry> findByStrategyIdOrderByNumber(Long strategyId);
}
