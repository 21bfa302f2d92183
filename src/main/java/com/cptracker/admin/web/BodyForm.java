package com.cptracker.admin.web;

import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceEdits.BodyEdit;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A board, committee or group of a strategy's governance, and whom it reports to. */
record BodyForm(
        @NotBlank(message = "Enter the name") @Size(max = 300, message = "The name must be 300 characters or fewer")
        String name,
        @NotNull(message = "Choose what kind of group it is")
        @Pattern(regexp = "BOARD|COMMITTEE|STRATEGY_GROUP|WORKSTREAM|CHILDREN_IN_CARE_COUNCIL|SCRUTINY|PARTNERSHIP"
                + "|CABINET",
                message = "Choose what kind of group it is")
        String kind,
        @Size(max = 20000, message = "The description must be 20,000 characters or fewer")
        String description,
        @Size(max = 20000, message = "The membership must be 20,000 characters or fewer")
        String membership,
        @Size(max = 300, message = "The chair must be 300 characters or fewer")
        String chairTitle,
        @Pattern(regexp = "\\d{0,18}", message = "Choose a group from the list, or none")
        String reportsToId,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static BodyForm empty() {
        return new BodyForm("", null, "", "", "", "", "");
    }

    static BodyForm of(BodyEdit e) {
        BodyFields f = e.fields();
        return new BodyForm(f.name(), f.kind().name(), Forms.value(f.description()), Forms.value(f.membership()),
                Forms.value(f.chairTitle()), Forms.value(f.reportsToId()), String.valueOf(e.version()));
    }

    BodyFields fields() {
        return new BodyFields(name.strip(), BodyKind.valueOf(kind), Forms.text(description), Forms.text(membership),
                Forms.text(chairTitle), Forms.id(reportsToId));
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
