package com.cptracker.challenges.domain;

import com.cptracker.challenges.ChallengeState;
import com.cptracker.challenges.SubjectKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    Optional<Challenge> findByIdAndStrategyId(long id, long strategyId);

    /** Every challenge of a strategy, newest first: the log's one read. */
    List<Challenge> findByStrategyIdOrderByRaisedAtDescIdDesc(long strategyId);

    /** The challenges not yet marked answered on one item: an item page's one read. */
    List<Challenge> findByStrategyIdAndSubjectKindAndSubjectIdAndStateInOrderByRaisedAtAscIdAsc(
            long strategyId, SubjectKind kind, Long subjectId, Collection<ChallengeState> states);

    /** Those raised by then: a quarter's pack reads them as they stood at its publication. */
    List<Challenge> findByStrategyIdAndRaisedAtLessThanEqualOrderByRaisedAtAscIdAsc(long strategyId, Instant by);

    /** Awaiting an answer from this person, in any strategy: My work's one read. */
    @Query(value = """
            select * from challenge where :userId = any (owner_ids) and state = 'AWAITING_ANSWER'
            order by answer_by nulls last, raised_at, id""", nativeQuery = true)
    List<Challenge> awaitingAnswerFrom(long userId);
}
