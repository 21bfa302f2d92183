package com.cptracker.challenges.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChallengeStepRepository extends JpaRepository<ChallengeStep, Long> {

    /** A challenge's history, in order. */
    List<ChallengeStep> findByChallengeIdOrderByTakenAtAscIdAsc(long challengeId);

    /** Every step of a strategy's challenges taken by then, in order: one read for a pack, however many there are. */
    @Query("""
            select s from ChallengeStep s
            where s.takenAt <= :at
              and s.challengeId in (select c.id from Challenge c where c.strategyId = :strategyId)
            order by s.takenAt, s.id""")
    List<ChallengeStep> takenBy(@Param("strategyId") long strategyId, @Param("at") Instant at);
}
