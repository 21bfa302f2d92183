package com.cptracker.admin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Retiring a measure from the scorecard, or bringing it back, always with a reason. */
record MeasureActiveForm(
        @NotNull(message = "Choose whether the measure is on the scorecard")
        @Pattern(regexp = "true|false", message = "Choose whether the measure is on the scorecard")
        String active,
        @NotBlank(message = "Enter the reason")
        @Size(max = 2000, message = "The reason must be 2,000 characters or fewer")
        String reason,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    /** The form a measure's page starts with: retire it if it is on the scorecard, bring it back if retired. */
    static MeasureActiveForm empty(boolean active, long version) {
        return new MeasureActiveForm(String.valueOf(!active), "", String.valueOf(version));
    }

    boolean toActive() {
        return Boolean.parseBoolean(active);
    }

    String trimmedReason() {
        return reason.strip();
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
