package com.cptracker.admin.web;

import com.cptracker.strategy.StrategyEdits.SectionEdit;
import com.cptracker.strategy.StrategyEdits.SectionFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A section of the strategy's narrative, headed and written as the council's document has it. */
record SectionForm(
        @NotBlank(message = "Enter the heading, as the document writes it, like Foreword or What children told us")
        @Size(max = 300, message = "The heading must be 300 characters or fewer")
        String heading,

        @NotBlank(message = "Enter the text of the section")
        @Size(max = 50000, message = "The text must be 50,000 characters or fewer")
        String body,

        Long version) {

    static SectionForm empty() {
        return new SectionForm("", "", null);
    }

    static SectionForm of(SectionEdit e) {
        return new SectionForm(e.fields().heading(), e.fields().body(), e.version());
    }

    /** The heading and text as typed, without the spaces around them: paragraphs and list lines are kept. */
    SectionFields fields() {
        return new SectionFields(heading.strip(), body.strip());
    }
}
