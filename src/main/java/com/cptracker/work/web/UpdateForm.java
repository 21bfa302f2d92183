package com.cptracker.work.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An action's quarterly update as typed; dates as YYYY-MM-DD. Read as values only once valid. */
record UpdateForm(
        @NotBlank(message = "Enter the progress made this quarter")
        @Size(max = 4000, message = "Progress must be 4,000 characters or fewer")
        String progress,
        @NotBlank(message = "Choose how the action is going")
        @Pattern(regexp = "ON_TRACK|AT_RISK|OFF_TRACK|COMPLETE", message = "Choose how the action is going")
        String assessment,
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "Enter the completion date as a date, like 2020-03-31")
        String completedOn,
        @Size(max = 2000, message = "The comment must be 2,000 characters or fewer")
        String riskComment,
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "Enter the new due date as a date, like 2020-06-30")
        String proposedDueDate,
        @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
        String proposedDueReason,
        @NotBlank(message = "The page was out of date. Reload it and try again")
        @Pattern(regexp = "\\s*|-?\\d{1,18}", message = "The page was out of date. Reload it and try again")
        String version) {

    UpdateForm {
        progress = trim(progress);
        riskComment = trim(riskComment);
        proposedDueReason = trim(proposedDueReason);
        completedOn = completedOn == null ? "" : completedOn.trim();
        proposedDueDate = proposedDueDate == null ? "" : proposedDueDate.trim();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
