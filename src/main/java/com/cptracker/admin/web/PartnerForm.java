package com.cptracker.admin.web;

import com.cptracker.governance.GovernanceEdits.PartnerEdit;
import com.cptracker.governance.GovernanceEdits.PartnerFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partner organisation named in a strategy. */
record PartnerForm(
        @NotBlank(message = "Enter the name") @Size(max = 300, message = "The name must be 300 characters or fewer")
        String name,
        @Size(max = 5000, message = "The description must be 5,000 characters or fewer")
        String description,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static PartnerForm empty() {
        return new PartnerForm("", "", "");
    }

    static PartnerForm of(PartnerEdit e) {
        return new PartnerForm(e.fields().name(), Forms.value(e.fields().description()), String.valueOf(e.version()));
    }

    PartnerFields fields() {
        return new PartnerFields(name.strip(), Forms.text(description));
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
