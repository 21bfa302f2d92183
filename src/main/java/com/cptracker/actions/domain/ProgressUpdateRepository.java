package com.cptracker.actions.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderByCreatedAtDesc(Long actionId);

    Optional<ProgressUpdate> findByActionIdAndPeriodCode(Long actionId, String periodCode);

    List<ProgressUpdate> findByActionIdInAndPeriodCode(Collection<Long> actionIds, String periodCode);

    /**
     * For each of these actions, its latest submitted update that a quarter's pages show, the rule of
     * {@code AsAt.shows} in the query: for a quarter up to {@code quarter} (codes of quarters, all written alike,
     * sort as the quarters do), submitted by {@code submittedBy}, or any time when the quarter is not
     * {@code published}; a null {@code submittedBy} (nothing shown yet) compares as false. An action has one update
     * a quarter, so this is the quarter's own update when it is shown.
     */
    @Query("""
            with shown as (
                select u.actionId as actionId, u.periodCode as periodCode, u.progress as progress,
                       u.assessment as assessment, u.completedOn as completedOn, u.authorName as authorName,
                       u.submittedAt as submittedAt, u.demo as demo,
                       row_number() over (partition by u.actionId order by u.periodCode desc, u.createdAt desc) as n
                from ProgressUpdate u
                where u.actionId in :actionIds and u.state = SUBMITTED and u.periodCode <= :quarter
                  and (:published = false or u.submittedAt <= :submittedBy))
            select new com.cptracker.actions.domain.ShownUpdate(
                s.actionId, s.periodCode, s.progress, s.assessment, s.completedOn, s.authorName, s.submittedAt, s.demo)
            from shown s where s.n = 1""")
    List<ShownUpdate> findLatestShown(
            Collection<Long> actionIds, String quarter, boolean published, Instant submittedBy);

    Optional<ProgressUpdate> findByPriorityIdAndPeriodCode(Long priorityId, String periodCode);

    List<ProgressUpdate> findByPriorityIdInAndPeriodCode(Collection<Long> priorityIds, String periodCode);

    /**
     * The submitted updates on these work areas for quarters from {@code from} to {@code quarter} that the quarter's
     * pages show, newest first: the rule of {@code AsAt.shows}, as in {@link #findLatestShown}, and a correction made
     * after the quarter was published ({@code revisedAt} after {@code submittedBy}), shown as revised.
     */
    @Query("""
            select u from ProgressUpdate u
            where u.priorityId in :priorityIds and u.state = SUBMITTED
              and u.periodCode >= :from and u.periodCode <= :quarter
              and (:published = false or u.submittedAt <= :submittedBy or u.revisedAt > :submittedBy)
            order by u.periodCode desc""")
    List<ProgressUpdate> findShownOnPriorities(
            Collection<Long> priorityIds, String from, String quarter, boolean published, Instant submittedBy);
}
