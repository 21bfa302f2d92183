package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.strategy.StrategyEdits.PriorityEdit;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A priority as an administrator enters it, named in the council's own words. */
record PriorityForm(
        @NotBlank(message = "Enter what the council calls its priorities, like Pledge or Strategic Priority")
        @Size(max = 60, message = "The label must be 60 characters or fewer")
        String label,

        @NotNull(message = "Enter the number, like 3")
        @Min(value = 1, message = "Enter the number as a whole number from 1, like 3")
        @Max(value = 999, message = "Enter the number as a whole number from 1 to 999")
        Integer number,

        @NotBlank(message = "Enter the title") @Size(max = 500, message = "The title must be 500 characters or fewer")
        String title,

        @Size(max = 20000, message = "The statement must be 20,000 characters or fewer")
        String statement,

        @Size(max = 20000, message = "The vision must be 20,000 characters or fewer")
        String vision,

        @Size(max = 20000, message = "The challenge must be 20,000 characters or fewer")
        String challenge,

        @Size(max = 300, message = "The lead must be 300 characters or fewer")
        String leadTitle,

        Long workstreamId,
        List<Long> partnerIds,
        Long version) {

    static PriorityForm empty(String label, int number) {
        return new PriorityForm(label, number, "", "", "", "", "", null, List.of(), null);
    }

    static PriorityForm of(PriorityEdit e) {
        PriorityFields f = e.fields();
        return new PriorityForm(
                f.label(),
                f.number(),
                f.title(),
                f.statement(),
                f.vision(),
                f.challenge(),
                f.leadTitle(),
                f.workstreamId(),
                f.partnerIds(),
                e.version());
    }

    PriorityFields fields() {
        return new PriorityFields(
                label.strip(),
                number,
                title.strip(),
                Forms.text(statement),
                Forms.text(vision),
                Forms.text(challenge),
                Forms.text(leadTitle),
                workstreamId,
                partnerIds == null ? List.of() : partnerIds.stream().distinct().toList());
    }
}
