package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.governance.BodyKind;
import com.cptracker.governance.GovernanceEdits.BodyEdit;
import com.cptracker.governance.GovernanceEdits.BodyFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A board, committee or group of a strategy's governance, and whom it reports to. */
record BodyForm(
        @NotBlank(message = "Enter the name") @Size(max = 300, message = "The name must be 300 characters or fewer")
        String name,

        @NotNull(message = "Choose what kind of group it is")
        BodyKind kind,

        @Size(max = 20000, message = "The description must be 20,000 characters or fewer")
        String description,

        @Size(max = 20000, message = "The membership must be 20,000 characters or fewer")
        String membership,

        @Size(max = 300, message = "The chair must be 300 characters or fewer")
        String chairTitle,

        Long reportsToId,
        Long version) {

    static BodyForm empty() {
        return new BodyForm("", null, "", "", "", null, null);
    }

    static BodyForm of(BodyEdit e) {
        BodyFields f = e.fields();
        return new BodyForm(
                f.name(), f.kind(), f.description(), f.membership(), f.chairTitle(), f.reportsToId(), e.version());
    }

    BodyFields fields() {
        return new BodyFields(
                name.strip(),
                kind,
                Forms.text(description),
                Forms.text(membership),
                Forms.text(chairTitle),
                reportsToId);
    }
}
