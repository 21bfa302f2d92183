package com.cptracker.audit.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    /** Newest first, each filter ignored when null. */
    @Query("""
            select e from AuditEvent e
            where (:username is null or lower(e.username) = lower(cast(:username as string)))
              and (:itemType is null or e.itemType = :itemType)
              and (:itemId is null or e.itemId = :itemId)
              and (cast(:from as timestamp) is null or e.occurredAt >= :from)
              and (cast(:to as timestamp) is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc""")
    List<AuditEvent> search(
            @Param("username") String username,
            @Param("itemType") String itemType,
            @Param("itemId") Long itemId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable page);

    List<AuditEvent> findByItemTypeAndItemIdOrderByOccurredAtDescIdDesc(String itemType, Long itemId);
}
