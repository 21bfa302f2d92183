package com.cptracker.admin.web;

import com.cptracker.strategy.StrategyEdits.PriorityEdit;
import com.cptracker.strategy.StrategyEdits.PriorityFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A priority as an administrator enters it, named in the council's own words. */
record PriorityForm(
        @NotBlank(message = "Enter what the council calls its priorities, like Pledge or Strategic Priority")
        @Size(max = 60, message = "The label must be 60 characters or fewer")
        String label,
        @NotBlank(message = "Enter the number, like 3")
        @Pattern(regexp = "\\s*|\\s*[1-9]\\d{0,2}\\s*", message = "Enter the number as a whole number from 1, like 3")
        String number,
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
        @Pattern(regexp = "\\d{0,18}", message = "Choose a group from the list")
        String workstreamId,
        List<String> partnerIds,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static PriorityForm empty(String label, int number) {
        return new PriorityForm(label, String.valueOf(number), "", "", "", "", "", "", List.of(), "");
    }

    static PriorityForm of(PriorityEdit e) {
        PriorityFields f = e.fields();
        return new PriorityForm(f.label(), String.valueOf(f.number()), f.title(), Forms.value(f.statement()),
                Forms.value(f.vision()), Forms.value(f.challenge()), Forms.value(f.leadTitle()),
                Forms.value(f.workstreamId()), f.partnerIds().stream().map(String::valueOf).toList(),
                String.valueOf(e.version()));
    }

    PriorityFields fields() {
        return new PriorityFields(label.strip(), Integer.parseInt(number.strip()), title.strip(),
                Forms.text(statement), Forms.text(vision), Forms.text(challenge), Forms.text(leadTitle),
                Forms.id(workstreamId), Forms.ids(partnerIds));
    }

    public boolean hasPartner(long id) {
        return partnerIds != null && partnerIds.contains(String.valueOf(id));
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
