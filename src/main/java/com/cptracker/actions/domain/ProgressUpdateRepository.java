package com.cptracker.actions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    List<ProgressUpdate> findByActionIdOrderByCreatedAtDesc(Long actionId);

    Optional<ProgressUpdate> findByActionIdAndPeriodCode(Long actionId, String periodCode);

    List<ProgressUpdate> findByActionIdInAndPeriodCode(Collection<Long> actionIds, String periodCode);

    /** Every submitted update of these actions, in one query, oldest first. */
    List<ProgressUpdate> findByActionIdInAndStateOrderByCreatedAt(
            Collection<Long> actionIds, ProgressUpdate.State state);
}
