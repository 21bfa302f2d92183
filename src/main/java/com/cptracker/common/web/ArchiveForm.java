package com.cptracker.common.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Archiving an item (it leaves the board's pages, never deleted) or bringing it back, always with a reason and the
 * item's version as the page showed it.
 */
public record ArchiveForm(
        @NotNull(message = "Choose whether to archive it or bring it back")
        Boolean archived,

        @NotBlank(message = "Enter the reason")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    public String trimmedReason() {
        return reason.strip();
    }
}
