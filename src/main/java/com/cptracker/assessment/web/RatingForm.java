package com.cptracker.assessment.web;

import com.cptracker.assessment.AssessmentEdits.RatingFields;
import com.cptracker.assessment.AssessmentRecords.Rating;
import com.cptracker.common.web.Forms;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * A criterion's rating for a quarter: a step of the scale, the evidence, the actions and measures it cites, the
 * reason once the board has seen the quarter, and the rating's version as the page showed it (-1 for none).
 */
record RatingForm(
        @NotNull(message = "Choose a rating") Long levelId,

        @NotBlank(message = "Enter the evidence for the rating")
        @Size(max = 20000, message = "The evidence must be 20,000 characters or fewer")
        String evidence,

        List<Long> actionIds,
        List<Long> measureIds,

        @Size(max = 1000, message = "The reason must be 1,000 characters or fewer")
        String reason,

        @NotNull(message = Forms.STALE_PAGE) Long version) {

    RatingForm {
        actionIds = actionIds == null ? List.of() : actionIds;
        measureIds = measureIds == null ? List.of() : measureIds;
    }

    static RatingForm of(Rating r, long version) {
        return r == null
                ? new RatingForm(null, "", List.of(), List.of(), "", version)
                : new RatingForm(r.levelId(), r.evidence(), r.actionIds(), r.measureIds(), "", version);
    }

    /**
     * Cites only the strategy's own actions and measures, and needs a reason once the board has seen the quarter;
     * every problem beside its field.
     */
    RatingFields fields(Errors errors, Set<Long> strategyActions, Set<Long> strategyMeasures, boolean correction) {
        Set<Long> actions =
                Forms.chosen(errors, "actionIds", actionIds, strategyActions, "Choose actions of this strategy");
        Set<Long> measures =
                Forms.chosen(errors, "measureIds", measureIds, strategyMeasures, "Choose measures of this strategy");
        if (correction && Forms.text(reason) == null) {
            Forms.reject(errors, "reason", "required", "Give the reason for changing a rating the board has seen");
        }
        return errors.hasErrors() ? null : new RatingFields(levelId, evidence.strip(), actions, measures);
    }
}
