package com.cptracker.common.web;

import com.cptracker.common.Direction;
import jakarta.validation.constraints.NotNull;

/**
 * A move button: which way, and the version of the item as the page showed it, so that a page out of date moves
 * nothing rather than the wrong item.
 */
public record MoveForm(
        @NotNull(message = Forms.STALE_PAGE) Direction direction,
        @NotNull(message = Forms.STALE_PAGE) Long version) {}
