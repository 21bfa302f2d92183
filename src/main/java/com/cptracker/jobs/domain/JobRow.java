package com.cptracker.jobs.domain;

import java.time.Instant;

/** A row of {@code job} as the module reads it; {@code content} is read only when a worker claims the job. */
public record JobRow(
        long id,
        String kind,
        Long strategyId,
        long startedById,
        String startedByName,
        String fileName,
        byte[] content,
        String parameter,
        String state,
        long done,
        long total,
        String stage,
        String summary,
        String linkPath,
        String linkText,
        String failureMessage,
        int attempts,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String claimedBy) {}
