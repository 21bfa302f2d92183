package com.cptracker.board.domain;

import java.time.Instant;

/** Which revision of a published quarter's edition is the latest, and why and when it was made. */
public record EditionHeader(Long id, int revision, String reason, Instant createdAt) {}
