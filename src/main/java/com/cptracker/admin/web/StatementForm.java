package com.cptracker.admin.web;

import com.cptracker.strategy.StatementKind;
import com.cptracker.strategy.StrategyEdits.StatementEdit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A commitment, outcome statement or objective under a priority. */
record StatementForm(
        @NotNull(message = "Choose what kind of statement this is")
        @Pattern(regexp = "COMMITMENT|OUTCOME_STATEMENT|OBJECTIVE", message = "Choose what kind of statement this is")
        String kind,
        @NotBlank(message = "Enter the statement")
        @Size(max = 5000, message = "The statement must be 5,000 characters or fewer")
        String text,
        @Pattern(regexp = Forms.VERSION, message = Forms.STALE_PAGE)
        String version) {

    static StatementForm empty(StatementKind kind) {
        return new StatementForm(kind.name(), "", "");
    }

    static StatementForm of(StatementEdit e) {
        return new StatementForm(e.kind().name(), e.text(), String.valueOf(e.version()));
    }

    StatementKind statementKind() {
        return StatementKind.valueOf(kind);
    }

    String trimmedText() {
        return text.strip();
    }

    long expectedVersion() {
        return Forms.version(version);
    }
}
