package com.cptracker.admin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Archiving a priority, statement, promise, group or partner, or bringing it back, always with a reason. */
record ArchiveForm(
        @NotNull(message = "Choose whether to archive it or bring it back")
        @Pattern(regexp = "true|false", message = "Choose whether to archive it or bring it back")
        String archived,
        @NotBlank(message = "Enter the reason")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
        @NotBlank(message = Forms.STALE_PAGE)
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    boolean toArchived() {
        return Boolean.parseBoolean(archived);
    }

    String trimmedReason() {
        return reason.strip();
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
