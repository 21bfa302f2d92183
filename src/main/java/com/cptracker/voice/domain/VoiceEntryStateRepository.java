package com.cptracker.voice.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VoiceEntryStateRepository extends JpaRepository<VoiceEntryState, Long> {

    /** Every state of the strategy's entries recorded by {@code at}, oldest first: one statement for any number. */
    @Query("""
            select s from VoiceEntryState s
            where s.entryId in (select e.id from VoiceEntry e where e.strategyId = :strategyId)
              and s.recordedAt <= :at
            order by s.entryId, s.recordedAt, s.id""")
    List<VoiceEntryState> statesBy(@Param("strategyId") Long strategyId, @Param("at") Instant at);

    /** Every state of the strategy's entries, oldest first. */
    @Query("""
            select s from VoiceEntryState s
            where s.entryId in (select e.id from VoiceEntry e where e.strategyId = :strategyId)
            order by s.entryId, s.recordedAt, s.id""")
    List<VoiceEntryState> statesOf(@Param("strategyId") Long strategyId);

    /** The newest state of an entry. */
    VoiceEntryState findFirstByEntryIdOrderByRecordedAtDescIdDesc(Long entryId);
}
