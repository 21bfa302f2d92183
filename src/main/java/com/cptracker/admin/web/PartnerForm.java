package com.cptracker.admin.web;

import com.cptracker.common.web.Forms;
import com.cptracker.governance.GovernanceEdits.PartnerEdit;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A partner organisation named in a strategy. */
record PartnerForm(
        @NotBlank(message = "Enter the name") @Size(max = 300, message = "The name must be 300 characters or fewer")
        String name,

        @Size(max = 5000, message = "The description must be 5,000 characters or fewer")
        String description,

        Long version) {

    static PartnerForm empty() {
        return new PartnerForm("", "", null);
    }

    static PartnerForm of(PartnerEdit e) {
        return new PartnerForm(e.fields().name(), e.fields().description(), e.version());
    }

    PartnerFields fields() {
        return new PartnerFields(name.strip(), Forms.text(description));
    }
}
