package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.strategy.PriorityKind;
import com.cptracker.strategy.StrategyEdits.PriorityEdit;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * A priority or a theme as an administrator enters it, named in the council's own words. A priority has a number; a
 * theme has none (its place among the themes is kept by the service).
 */
record PriorityForm(
        PriorityKind kind,

        @NotBlank(message = "Enter what the council calls it, like Pledge, Strategic Priority or Cross-cutting theme")
        @Size(max = 60, message = "The label must be 60 characters or fewer")
        String label,

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

    /** A page that does not say (one from before themes) adds or saves a priority. */
    PriorityForm {
        kind = PriorityKind.orPriority(kind);
    }

    static PriorityForm empty(PriorityKind kind, String label, Integer number) {
        return new PriorityForm(kind, label, number, "", "", "", "", "", null, List.of(), null);
    }

    static PriorityForm of(PriorityEdit e) {
        PriorityFields f = e.fields();
        return new PriorityForm(
                f.kind(),
                f.label(),
                f.kind() == PriorityKind.THEME ? null : f.number(),
                f.title(),
                f.statement(),
                f.vision(),
                f.challenge(),
                f.leadTitle(),
                f.workstreamId(),
                f.partnerIds(),
                e.version());
    }

    /** A priority needs its number; a theme's is not asked for. */
    void check(Errors errors) {
        if (kind == PriorityKind.PRIORITY && number == null && !errors.hasFieldErrors("number")) {
            Forms.reject(errors, "number", "NotNull", "Enter the number, like 3");
        }
    }

    PriorityFields fields() {
        return new PriorityFields(
                label.strip(),
                number == null ? 0 : number,
                title.strip(),
                Forms.text(statement),
                Forms.text(vision),
                Forms.text(challenge),
                Forms.text(leadTitle),
                workstreamId,
                partnerIds == null ? List.of() : partnerIds.stream().distinct().toList(),
                kind);
    }
}
