package com.cptracker.admin.web;

import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyEdits.StatementEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A commitment, outcome statement or objective under a priority. */
record StatementForm(
        @NotNull(message = "Choose what kind of statement this is")
        StatementKind kind,

        @NotBlank(message = "Enter the statement")
        @Size(max = 5000, message = "The statement must be 5,000 characters or fewer")
        String text,

        Long version) {

    static StatementForm empty(StatementKind kind) {
        return new StatementForm(kind, "", null);
    }

    static StatementForm of(StatementEdit e) {
        return new StatementForm(e.kind(), e.text(), e.version());
    }
}
