package com.cptracker.common.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /** A service's archive of one item, or its bringing back, with the reason and the version the page showed. */
    @FunctionalInterface
    public interface Archive {
        void set(boolean archived, String reason, long expectedVersion);
    }

    /**
     * Archives the item through the service or brings it back, and the next page says "{name} is archived" or "{name}
     * is back on the board's pages"; a problem changes nothing and is said above the page, linked to the item's reason
     * box {@code reasonField} when it is the reason's.
     */
    public void apply(
            String name, String reasonField, Archive archive, BindingResult errors, RedirectAttributes redirect) {
        Forms.button(
                redirect,
                errors,
                reasonField,
                () -> archive.set(archived, reason.strip(), version),
                () -> name + (archived ? " is archived" : " is back on the board's pages"));
    }
}
