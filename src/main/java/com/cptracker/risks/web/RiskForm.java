package com.cptracker.risks.web;

import com.cptracker.common.web.DateInput;
import com.cptracker.common.web.Forms;
import com.cptracker.risks.RiskEdits.RiskFields;
import com.cptracker.risks.RiskKind;
import com.cptracker.risks.RiskRecords.RiskEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;

/** An issue or risk as it is raised or changed. */
record RiskForm(
        @NotNull(message = "Choose whether it is an issue or a risk")
        RiskKind kind,

        @NotBlank(message = "Enter a title") @Size(max = 300, message = "The title must be 300 characters or fewer")
        String title,

        @NotBlank(message = "Describe the issue or risk")
        @Size(max = 20000, message = "The description must be 20,000 characters or fewer")
        String description,

        @NotNull(message = "Choose its owner") Long ownerId,
        Long levelId,
        DateInput reviewDate,
        List<Long> priorityIds,
        List<Long> actionIds,
        Long version) {

    RiskForm {
        reviewDate = reviewDate == null ? DateInput.blank() : reviewDate;
        priorityIds = priorityIds == null ? List.of() : priorityIds;
        actionIds = actionIds == null ? List.of() : actionIds;
    }

    static RiskForm empty(long ownerId) {
        return new RiskForm(RiskKind.RISK, "", "", ownerId, null, null, null, null, null);
    }

    static RiskForm of(RiskEdit e) {
        return new RiskForm(
                e.kind(),
                e.title(),
                e.description(),
                e.ownerId(),
                e.levelId(),
                e.reviewDate() == null ? null : DateInput.of(e.reviewDate()),
                e.priorityIds(),
                e.actionIds(),
                e.version());
    }

    /** Links only to the strategy's own priorities and actions; every problem beside its field. */
    RiskFields fields(Errors errors, Set<Long> priorities, Set<Long> actions) {
        LocalDate review = DateInput.optional(reviewDate, errors, "reviewDate", "review date");
        Set<Long> p = Forms.chosen(
                errors, "priorityIds", priorityIds, priorities, "Choose priorities or themes of this strategy");
        Set<Long> a = Forms.chosen(errors, "actionIds", actionIds, actions, "Choose actions of this strategy");
        return errors.hasErrors()
                ? null
                : new RiskFields(kind, title.strip(), description.strip(), ownerId, levelId, review, p, a);
    }
}
