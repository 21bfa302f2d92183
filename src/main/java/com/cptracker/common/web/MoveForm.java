package com.cptracker.common.web;

import com.cptracker.common.Direction;
import jakarta.validation.constraints.NotNull;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A move button: which way, and the version of the item as the page showed it, so that a page out of date moves
 * nothing rather than the wrong item.
 */
public record MoveForm(
        @NotNull(message = Forms.STALE_PAGE) Direction direction,
        @NotNull(message = Forms.STALE_PAGE) Long version) {

    /** A service's versioned move of one item. */
    @FunctionalInterface
    public interface Move {
        void to(Direction direction, long expectedVersion);
    }

    /**
     * Moves the item through the service, and the next page says "{name} moved up"; a page out of date, or a direction
     * that is not up or down, moves nothing and is said above the list.
     */
    public void apply(String name, Move move, BindingResult errors, RedirectAttributes redirect) {
        Forms.button(
                redirect, errors, null, () -> move.to(direction, version), () -> name + " moved " + direction.label());
    }
}
